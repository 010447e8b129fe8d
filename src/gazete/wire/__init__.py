"""Wire ingestion: agency sources, pollers and the quarantine, over newsroom services."""
