"""The import wizard's words: fields, how sure a match is, what a word maps to, and the summary after Import."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.participants.importing import ImportPlan
from models.participants.mappings import ROLE
from models.participants.matching import Sureness
from models.participants.sheet_values import SheetValue


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def field_label(key: str | None) -> str:
    labels = {
        None: tr("— not imported —"),
        "number": tr("Participant number"),
        "given_name": tr("Given name"),
        "family_name": tr("Family name"),
        "full_name": tr("Full name (given and family)"),
        "organisation": tr("Organisation"),
        "delegation": tr("Delegation"),
        "role": tr("Role"),
        "email": tr("E-mail"),
        "phone": tr("Phone"),
        "funded": tr("Funded (yes/no)"),
        "language": tr("Language"),
        "days": tr("Days"),
        "notes": tr("Notes"),
    }
    return labels[key]


def sureness_label(sureness: Sureness) -> str:
    labels = {
        Sureness.EXACT: tr("exact"),
        Sureness.FOLDED: tr("same after folding"),
        Sureness.REMEMBERED: tr("remembered"),
        Sureness.SYNONYM: tr("known synonym"),
        Sureness.CONTAINED: tr("contains a known name"),
        Sureness.SIMILAR: tr("similar"),
        Sureness.CHOSEN: tr("chosen"),
        Sureness.NONE: tr("no match"),
    }
    return labels[sureness]


def kind_label(kind: str) -> str:
    return tr("Role") if kind == ROLE else tr("Delegation")


def new_thing_label(kind: str, name: str) -> str:
    return (tr("New role “%1”") if kind == ROLE else tr("New delegation “%1”")).replace("%1", name)


def value_line(value: SheetValue) -> str:
    """'Role: Prosecution → Prosecutor (known synonym)'."""
    if value.create:
        meaning = new_thing_label(value.kind, value.written)
    elif value.key is None:
        meaning = tr("nothing (left empty)")
    else:
        meaning = f"{value.meaning} ({sureness_label(value.sureness)}{tr(', accepted') if value.accepted else ''})"
    return f"{kind_label(value.kind)}: {value.written} → {meaning}"


def summary_text(plan: ImportPlan, file_name: str) -> str:
    """What the import did, as text to copy into an e-mail or a note."""
    lines = [tr("Imported %1: %2 new, %3 updated, %4 unchanged.").replace("%1", file_name)
             .replace("%2", str(len(plan.new))).replace("%3", str(len(plan.updates)))
             .replace("%4", str(len(plan.unchanged)))]
    if plan.delegations_to_create:
        lines.append(tr("New delegations: %1").replace("%1", ", ".join(plan.delegations_to_create)))
    if plan.roles_to_create:
        lines.append(tr("New roles: %1").replace("%1", ", ".join(plan.roles_to_create)))
    mapped = [value for value in plan.values if value.sureness is not Sureness.EXACT]
    if mapped:
        lines += ["", tr("Words mapped:")] + [f"  {value_line(value)}" for value in mapped]
    if plan.namesakes:
        lines += ["", tr("Namesakes imported as separate people:")]
        lines += [f"  {tr('Row %1').replace('%1', str(namesake.row))}: {namesake}" for namesake in plan.namesakes]
    if plan.warnings:
        lines += ["", tr("Rows imported as written, worth a look:")] + [f"  {warning}" for warning in plan.warnings]
    return "\n".join(lines)
