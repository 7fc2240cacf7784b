"""The import wizard's words: fields, how sure a match is, what a word maps to, and the summary after Import."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.participants.importing import ImportPlan
from models.participants.mappings import ROLE
from models.participants.matching import Sureness
from models.participants.sheet_values import SheetValue

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name




def field_label(key: str | None) -> str:
    labels = {
        None: translate("ImportWizard", "— not imported —"),
        "number": translate("ImportWizard", "Participant number"),
        "given_name": translate("ImportWizard", "Given name"),
        "family_name": translate("ImportWizard", "Family name"),
        "full_name": translate("ImportWizard", "Full name (given and family)"),
        "organisation": translate("ImportWizard", "Organisation"),
        "delegation": translate("ImportWizard", "Delegation"),
        "role": translate("ImportWizard", "Role"),
        "email": translate("ImportWizard", "E-mail"),
        "phone": translate("ImportWizard", "Phone"),
        "funded": translate("ImportWizard", "Funded (yes/no)"),
        "language": translate("ImportWizard", "Language"),
        "days": translate("ImportWizard", "Days"),
        "notes": translate("ImportWizard", "Notes"),
    }
    return labels[key]


def sureness_label(sureness: Sureness) -> str:
    labels = {
        Sureness.EXACT: translate("ImportWizard", "exact"),
        Sureness.FOLDED: translate("ImportWizard", "same after folding"),
        Sureness.REMEMBERED: translate("ImportWizard", "remembered"),
        Sureness.SYNONYM: translate("ImportWizard", "known synonym"),
        Sureness.CONTAINED: translate("ImportWizard", "contains a known name"),
        Sureness.SIMILAR: translate("ImportWizard", "similar"),
        Sureness.CHOSEN: translate("ImportWizard", "chosen"),
        Sureness.NONE: translate("ImportWizard", "no match"),
    }
    return labels[sureness]


def kind_label(kind: str) -> str:
    return translate("ImportWizard", "Role") if kind == ROLE else translate("ImportWizard", "Delegation")


def new_thing_label(kind: str, name: str) -> str:
    label = translate("ImportWizard", "New role “%1”") if kind == ROLE else translate("ImportWizard", "New delegation “%1”")
    return label.replace("%1", name)


def value_line(value: SheetValue) -> str:
    """'Role: Prosecution → Prosecutor (known synonym)'."""
    if value.create:
        meaning = new_thing_label(value.kind, value.written)
    elif value.key is None:
        meaning = translate("ImportWizard", "nothing (left empty)")
    else:
        accepted = translate("ImportWizard", ", accepted") if value.accepted else ""
        meaning = f"{value.meaning} ({sureness_label(value.sureness)}{accepted})"
    return f"{kind_label(value.kind)}: {value.written} → {meaning}"


def summary_text(plan: ImportPlan, file_name: str) -> str:
    """What the import did, as text to copy into an e-mail or a note."""
    lines = [translate("ImportWizard", "Imported %1: %2 new, %3 updated, %4 unchanged.").replace("%1", file_name)
             .replace("%2", str(len(plan.new))).replace("%3", str(len(plan.updates)))
             .replace("%4", str(len(plan.unchanged)))]
    if plan.delegations_to_create:
        lines.append(translate("ImportWizard", "New delegations: %1")
                     .replace("%1", ", ".join(plan.delegations_to_create)))
    if plan.roles_to_create:
        lines.append(translate("ImportWizard", "New roles: %1").replace("%1", ", ".join(plan.roles_to_create)))
    mapped = [value for value in plan.values if value.sureness is not Sureness.EXACT]
    if mapped:
        lines += ["", translate("ImportWizard", "Words mapped:")] + [f"  {value_line(value)}" for value in mapped]
    if plan.namesakes:
        lines += ["", translate("ImportWizard", "Namesakes imported as separate people:")]
        row = translate("ImportWizard", "Row %1")
        lines += [f"  {row.replace('%1', str(namesake.row))}: {namesake}" for namesake in plan.namesakes]
    if plan.warnings:
        lines += ["", translate("ImportWizard", "Rows imported as written, worth a look:")]
        lines += [f"  {warning}" for warning in plan.warnings]
    return "\n".join(lines)
