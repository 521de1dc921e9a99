from enum import Enum


class CampaignMetricsRes(str, Enum):
    DAILY = "daily"
    DAYS = "days"
    HOURLY = "hourly"
    HOURS = "hours"
    MONTHLY = "monthly"
    MONTHS = "months"
    WEEKLY = "weekly"
    WEEKS = "weeks"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CampaignMetricsRes | None":
        # A value this SDK version does not know yet: keep it rather than fail the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
