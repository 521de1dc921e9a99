from enum import IntEnum


class UpdateEventMetadataResponse422ErrorsItemStatus(IntEnum):
    VALUE_422 = 422

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "UpdateEventMetadataResponse422ErrorsItemStatus | None":
        # A value this SDK version does not know yet: keep it rather than fail the response.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
