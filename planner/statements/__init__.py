"""Statements (lausunto) on a programme or a consultation request: model, file, examples, import, exports."""
