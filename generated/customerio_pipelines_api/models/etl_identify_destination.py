from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.etl_identify_destination_traits import EtlIdentifyDestinationTraits
    from ..models.mobile import Mobile
    from ..models.non_mobile import NonMobile


T = TypeVar("T", bound="EtlIdentifyDestination")


@_attrs_define
class EtlIdentifyDestination:
    """
    Attributes:
        id (str | Unset): A unique identifier for a Data Pipelines event, ensuring that each individual event is unique.
        received_at (int | Unset): The Unix timestamp (in seconds) when Data Pipelines receives an event.
        sent_at (int | Unset): The Unix timestamp (in seconds) when a library sends an event to Data Pipelines.
        anonymous_id (str | Unset): A unique substitute for a User ID in cases when you don’t have an absolutely unique
            identifier. Our libraries generate this value automatically to help you track people before they sign up, log
            in, provide their email, etc. Example: c0e5cae6-6f04-46e4-97a8-25076e8bdc0b.
        user_id (str | Unset): The unique identifier for a person. This value should be unique across systems, so you
            recognize the same person in your sources _and_ destinations. Example: 241ma8mf4a.
        traits (EtlIdentifyDestinationTraits | Unset): Additional properties that you know about a person. We've listed
            some common/reserved traits below, but you can add any traits that you might use in another system.
        context (Mobile | NonMobile | Unset): A dictionary of context about a source call/event, like the user’s IP
            address or locale. Context is automatically collected by our source libraries.
    """

    id: str | Unset = UNSET
    received_at: int | Unset = UNSET
    sent_at: int | Unset = UNSET
    anonymous_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    traits: EtlIdentifyDestinationTraits | Unset = UNSET
    context: Mobile | NonMobile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.non_mobile import NonMobile

        id = self.id

        received_at = self.received_at

        sent_at = self.sent_at

        anonymous_id = self.anonymous_id

        user_id = self.user_id

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        context: dict[str, Any] | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, NonMobile):
            context = self.context.to_dict()
        else:
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if traits is not UNSET:
            field_dict["traits"] = traits
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.etl_identify_destination_traits import (
            EtlIdentifyDestinationTraits,
        )
        from ..models.mobile import Mobile
        from ..models.non_mobile import NonMobile

        d = dict(expect_object(src_dict, "EtlIdentifyDestination"))
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "EtlIdentifyDestination.id")

        received_at = d.pop("received_at", UNSET)
        if type(received_at) is not int and received_at is not UNSET:
            received_at = expect_int(received_at, "EtlIdentifyDestination.received_at")

        sent_at = d.pop("sent_at", UNSET)
        if type(sent_at) is not int and sent_at is not UNSET:
            sent_at = expect_int(sent_at, "EtlIdentifyDestination.sent_at")

        anonymous_id = d.pop("anonymous_id", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(
                anonymous_id, "EtlIdentifyDestination.anonymous_id"
            )

        user_id = d.pop("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET:
            user_id = expect_str(user_id, "EtlIdentifyDestination.user_id")

        _traits = d.pop("traits", UNSET)
        traits: EtlIdentifyDestinationTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = EtlIdentifyDestinationTraits.from_dict(_traits)

        def _parse_context(data: object) -> Mobile | NonMobile | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascontext_type_0 = NonMobile.from_dict(data)

                return componentsschemascontext_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemascontext_type_1 = Mobile.from_dict(data)

            return componentsschemascontext_type_1

        context = _parse_context(d.pop("context", UNSET))

        etl_identify_destination = cls(
            id=id,
            received_at=received_at,
            sent_at=sent_at,
            anonymous_id=anonymous_id,
            user_id=user_id,
            traits=traits,
            context=context,
        )

        etl_identify_destination.additional_properties = d
        return etl_identify_destination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
