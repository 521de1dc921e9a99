from enum import Enum


class GetRegionResponse200Url(str, Enum):
    HTTPSTRACK_CUSTOMER_IO = "https://track.customer.io"
    HTTPSTRACK_EU_CUSTOMER_IO = "https://track-eu.customer.io"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetRegionResponse200Url | None":
        # A value this SDK version does not know yet: keep it rather than fail the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
