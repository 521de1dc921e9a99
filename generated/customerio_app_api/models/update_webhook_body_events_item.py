from enum import Enum


class UpdateWebhookBodyEventsItem(str, Enum):
    CUSTOMER_SUBSCRIBED = "customer_subscribed"
    CUSTOMER_SUBSCRIPTION_PREFERENCES_CHANGED = (
        "customer_subscription_preferences_changed"
    )
    CUSTOMER_UNSUBSCRIBED = "customer_unsubscribed"
    EMAIL_ATTEMPTED = "email_attempted"
    EMAIL_BOUNCED = "email_bounced"
    EMAIL_CLICKED = "email_clicked"
    EMAIL_CONVERTED = "email_converted"
    EMAIL_DEFERRED = "email_deferred"
    EMAIL_DELIVERED = "email_delivered"
    EMAIL_DRAFTED = "email_drafted"
    EMAIL_DROPPED = "email_dropped"
    EMAIL_FAILED = "email_failed"
    EMAIL_OPENED = "email_opened"
    EMAIL_SENT = "email_sent"
    EMAIL_SPAMMED = "email_spammed"
    EMAIL_UNDELIVERABLE = "email_undeliverable"
    EMAIL_UNSUBSCRIBED = "email_unsubscribed"
    PUSH_ATTEMPTED = "push_attempted"
    PUSH_BOUNCED = "push_bounced"
    PUSH_CLICKED = "push_clicked"
    PUSH_CONVERTED = "push_converted"
    PUSH_DELIVERED = "push_delivered"
    PUSH_DRAFTED = "push_drafted"
    PUSH_DROPPED = "push_dropped"
    PUSH_FAILED = "push_failed"
    PUSH_OPENED = "push_opened"
    PUSH_SENT = "push_sent"
    PUSH_UNDELIVERABLE = "push_undeliverable"
    SLACK_ATTEMPTED = "slack_attempted"
    SLACK_CLICKED = "slack_clicked"
    SLACK_CONVERTED = "slack_converted"
    SLACK_DRAFTED = "slack_drafted"
    SLACK_FAILED = "slack_failed"
    SLACK_SENT = "slack_sent"
    SMS_ATTEMPTED = "sms_attempted"
    SMS_BOUNCED = "sms_bounced"
    SMS_CLICKED = "sms_clicked"
    SMS_CONVERTED = "sms_converted"
    SMS_DELIVERED = "sms_delivered"
    SMS_DRAFTED = "sms_drafted"
    SMS_FAILED = "sms_failed"
    SMS_SENT = "sms_sent"
    SMS_UNDELIVERABLE = "sms_undeliverable"
    WEBHOOK_ATTEMPTED = "webhook_attempted"
    WEBHOOK_CLICKED = "webhook_clicked"
    WEBHOOK_CONVERTED = "webhook_converted"
    WEBHOOK_DRAFTED = "webhook_drafted"
    WEBHOOK_FAILED = "webhook_failed"
    WEBHOOK_SENT = "webhook_sent"
    WEBHOOK_UNDELIVERABLE = "webhook_undeliverable"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateWebhookBodyEventsItem | None":
        # A value this SDK version does not know yet: keep it rather than fail the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
