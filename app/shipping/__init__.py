"""Orchestration with side effects: rate shopping, the journaled ship flow, the OMS sender,
resume after a crash, and the counter return flow. Calls the ports, the journal and printers."""
