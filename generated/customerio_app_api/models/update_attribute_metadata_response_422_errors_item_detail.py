from enum import Enum


class UpdateAttributeMetadataResponse422ErrorsItemDetail(str, Enum):
    EMPTY_ATTRIBUTES_ARRAY = "Empty attributes array"
    PRIVACY_LEVEL_FEATURE_NOT_ENABLED = "Privacy level feature not enabled"
    TOO_MANY_ATTRIBUTES = "Too many attributes"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "UpdateAttributeMetadataResponse422ErrorsItemDetail | None":
        # A value this SDK version does not know yet: keep it rather than fail the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
