"""The ground every capability stands on: the database, the clock, errors, the event and its days."""
