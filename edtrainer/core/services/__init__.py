"""Services: one module per area. Each function does one user-level thing inside the caller's unit of
work, validates its keyword arguments and raises domain errors a coordinator understands. The caller
commits (``uow.commit()``), so a user action is one transaction."""
