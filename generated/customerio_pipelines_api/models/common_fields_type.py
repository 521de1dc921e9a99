from enum import Enum


class CommonFieldsType(str, Enum):
    ALIAS = "alias"
    GROUP = "group"
    IDENTIFY = "identify"
    PAGE = "page"
    SCREEN = "screen"
    TRACK = "track"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CommonFieldsType | None":
        # A value this SDK version does not know yet: keep it rather than fail the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
