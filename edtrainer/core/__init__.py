"""The core of edtrainer: models, rules and services. Nothing here imports Qt."""
