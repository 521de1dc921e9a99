from enum import Enum


class CustomerCioSubscriptionPreferencesChangedObjectTypeType(str, Enum):
    CUSTOMER = "customer"
    EMAIL = "email"
    IN_APP = "in_app"
    PUSH = "push"
    SLACK = "slack"
    SMS = "sms"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "CustomerCioSubscriptionPreferencesChangedObjectTypeType | None":
        # A value this SDK version does not know yet: keep it rather than fail the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
