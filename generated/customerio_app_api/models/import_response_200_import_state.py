from enum import Enum


class ImportResponse200ImportState(str, Enum):
    CANCELED = "canceled"
    FAILED = "failed"
    IMPORTED = "imported"
    IMPORTING = "importing"
    PREPROCESSED = "preprocessed"
    PREPROCESSING = "preprocessing"
    VALIDATED = "validated"
    VALIDATING = "validating"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ImportResponse200ImportState | None":
        # A value this SDK version does not know yet: keep it rather than fail the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
