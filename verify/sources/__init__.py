"""Sources of evidence: saved snapshots (read here) and fetching (``verify snapshot``)."""
