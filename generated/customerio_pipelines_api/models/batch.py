from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.anonymous_user import AnonymousUser
    from ..models.anonymous_user_6 import AnonymousUser6
    from ..models.anonymous_user_7 import AnonymousUser7
    from ..models.anonymous_user_8 import AnonymousUser8
    from ..models.anonymous_user_9 import AnonymousUser9
    from ..models.batch_integrations import BatchIntegrations
    from ..models.known_user import KnownUser
    from ..models.known_user_6 import KnownUser6
    from ..models.known_user_7 import KnownUser7
    from ..models.known_user_8 import KnownUser8
    from ..models.known_user_9 import KnownUser9
    from ..models.mobile import Mobile
    from ..models.non_mobile import NonMobile


T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """
    Attributes:
        batch (list[AnonymousUser | AnonymousUser6 | AnonymousUser7 | AnonymousUser8 | AnonymousUser9 | KnownUser |
            KnownUser6 | KnownUser7 | KnownUser8 | KnownUser9] | Unset): A group of requests you want to send to Data
            Pipelines in the call.
        context (Mobile | NonMobile | Unset): A dictionary of context about a source call/event, like the user’s IP
            address or locale. Context is automatically collected by our source libraries.
        integrations (BatchIntegrations | Unset): Contains a list of booleans indicating the integrations that are
            enabled (true) or disabled (false). By default, all integrations are enabled (returning an empty object). Set
            `"All": false` to reverse this behavior.
             Example: {'All': True, 'Salesforce': False}.
    """

    batch: (
        list[
            AnonymousUser
            | AnonymousUser6
            | AnonymousUser7
            | AnonymousUser8
            | AnonymousUser9
            | KnownUser
            | KnownUser6
            | KnownUser7
            | KnownUser8
            | KnownUser9
        ]
        | Unset
    ) = UNSET
    context: Mobile | NonMobile | Unset = UNSET
    integrations: BatchIntegrations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.anonymous_user import AnonymousUser
        from ..models.anonymous_user_7 import AnonymousUser7
        from ..models.anonymous_user_8 import AnonymousUser8
        from ..models.anonymous_user_9 import AnonymousUser9
        from ..models.known_user import KnownUser
        from ..models.known_user_6 import KnownUser6
        from ..models.known_user_7 import KnownUser7
        from ..models.known_user_8 import KnownUser8
        from ..models.known_user_9 import KnownUser9
        from ..models.non_mobile import NonMobile

        batch: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batch, Unset):
            batch = []
            for batch_item_data in self.batch:
                batch_item: dict[str, Any]
                if (
                    isinstance(batch_item_data, KnownUser)
                    or isinstance(batch_item_data, AnonymousUser)
                    or isinstance(batch_item_data, KnownUser9)
                    or isinstance(batch_item_data, AnonymousUser9)
                    or isinstance(batch_item_data, KnownUser8)
                    or isinstance(batch_item_data, AnonymousUser8)
                    or isinstance(batch_item_data, KnownUser7)
                    or isinstance(batch_item_data, AnonymousUser7)
                    or isinstance(batch_item_data, KnownUser6)
                ):
                    batch_item = batch_item_data.to_dict()
                else:
                    batch_item = batch_item_data.to_dict()

                batch.append(batch_item)

        context: dict[str, Any] | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, NonMobile):
            context = self.context.to_dict()
        else:
            context = self.context.to_dict()

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch is not UNSET:
            field_dict["batch"] = batch
        if context is not UNSET:
            field_dict["context"] = context
        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anonymous_user import AnonymousUser
        from ..models.anonymous_user_6 import AnonymousUser6
        from ..models.anonymous_user_7 import AnonymousUser7
        from ..models.anonymous_user_8 import AnonymousUser8
        from ..models.anonymous_user_9 import AnonymousUser9
        from ..models.batch_integrations import BatchIntegrations
        from ..models.known_user import KnownUser
        from ..models.known_user_6 import KnownUser6
        from ..models.known_user_7 import KnownUser7
        from ..models.known_user_8 import KnownUser8
        from ..models.known_user_9 import KnownUser9
        from ..models.mobile import Mobile
        from ..models.non_mobile import NonMobile

        d = dict(expect_object(src_dict, "Batch"))
        _batch = expect_list(d.pop("batch", UNSET), "Batch.batch")
        batch: (
            list[
                AnonymousUser
                | AnonymousUser6
                | AnonymousUser7
                | AnonymousUser8
                | AnonymousUser9
                | KnownUser
                | KnownUser6
                | KnownUser7
                | KnownUser8
                | KnownUser9
            ]
            | Unset
        ) = UNSET
        if _batch is not UNSET:
            batch = []
            for batch_item_data in _batch:

                def _parse_batch_item(
                    data: object,
                ) -> (
                    AnonymousUser
                    | AnonymousUser6
                    | AnonymousUser7
                    | AnonymousUser8
                    | AnonymousUser9
                    | KnownUser
                    | KnownUser6
                    | KnownUser7
                    | KnownUser8
                    | KnownUser9
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemasidentify_type_0 = KnownUser.from_dict(data)

                        return componentsschemasidentify_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemasidentify_type_1 = AnonymousUser.from_dict(data)

                        return componentsschemasidentify_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemastrack_2_type_0 = KnownUser9.from_dict(data)

                        return componentsschemastrack_2_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemastrack_2_type_1 = AnonymousUser9.from_dict(data)

                        return componentsschemastrack_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemaspage_2_type_0 = KnownUser8.from_dict(data)

                        return componentsschemaspage_2_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemaspage_2_type_1 = AnonymousUser8.from_dict(data)

                        return componentsschemaspage_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemasscreen_2_type_0 = KnownUser7.from_dict(data)

                        return componentsschemasscreen_2_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemasscreen_2_type_1 = AnonymousUser7.from_dict(
                            data
                        )

                        return componentsschemasscreen_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemasgroup_3_type_0 = KnownUser6.from_dict(data)

                        return componentsschemasgroup_3_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemasgroup_3_type_1 = AnonymousUser6.from_dict(data)

                    return componentsschemasgroup_3_type_1

                batch_item = _parse_batch_item(batch_item_data)

                batch.append(batch_item)

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

        _integrations = d.pop("integrations", UNSET)
        integrations: BatchIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = BatchIntegrations.from_dict(_integrations)

        batch = cls(
            batch=batch,
            context=context,
            integrations=integrations,
        )

        batch.additional_properties = d
        return batch

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
