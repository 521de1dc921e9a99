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
    from ..models.add_device import AddDevice
    from ..models.delete_device import DeleteDevice
    from ..models.delivery import Delivery
    from ..models.identify_anonymous import IdentifyAnonymous
    from ..models.identify_person import IdentifyPerson
    from ..models.object_add_relationships import ObjectAddRelationships
    from ..models.object_delete import ObjectDelete
    from ..models.object_delete_relationships import ObjectDeleteRelationships
    from ..models.object_identify import ObjectIdentify
    from ..models.person_add_relationships import PersonAddRelationships
    from ..models.person_delete import PersonDelete
    from ..models.person_delete_relationships import PersonDeleteRelationships
    from ..models.person_event import PersonEvent
    from ..models.person_merge import PersonMerge
    from ..models.person_page import PersonPage
    from ..models.person_screen import PersonScreen
    from ..models.suppress import Suppress
    from ..models.unsuppress import Unsuppress


T = TypeVar("T", bound="BatchBody")


@_attrs_define
class BatchBody:
    """
    Attributes:
        batch (list[AddDevice | DeleteDevice | Delivery | IdentifyAnonymous | IdentifyPerson | ObjectAddRelationships |
            ObjectDelete | ObjectDeleteRelationships | ObjectIdentify | PersonAddRelationships | PersonDelete |
            PersonDeleteRelationships | PersonEvent | PersonMerge | PersonPage | PersonScreen | Suppress | Unsuppress] |
            Unset): A batch of requests, where each object is any individual [entity
            payload](##tag/v2_entity/operation/entity)—modifying a single person or object.
    """

    batch: (
        list[
            AddDevice
            | DeleteDevice
            | Delivery
            | IdentifyAnonymous
            | IdentifyPerson
            | ObjectAddRelationships
            | ObjectDelete
            | ObjectDeleteRelationships
            | ObjectIdentify
            | PersonAddRelationships
            | PersonDelete
            | PersonDeleteRelationships
            | PersonEvent
            | PersonMerge
            | PersonPage
            | PersonScreen
            | Suppress
            | Unsuppress
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_device import AddDevice
        from ..models.delete_device import DeleteDevice
        from ..models.identify_anonymous import IdentifyAnonymous
        from ..models.identify_person import IdentifyPerson
        from ..models.object_add_relationships import ObjectAddRelationships
        from ..models.object_delete import ObjectDelete
        from ..models.object_delete_relationships import ObjectDeleteRelationships
        from ..models.object_identify import ObjectIdentify
        from ..models.person_add_relationships import PersonAddRelationships
        from ..models.person_delete import PersonDelete
        from ..models.person_delete_relationships import PersonDeleteRelationships
        from ..models.person_event import PersonEvent
        from ..models.person_merge import PersonMerge
        from ..models.person_page import PersonPage
        from ..models.person_screen import PersonScreen
        from ..models.suppress import Suppress
        from ..models.unsuppress import Unsuppress

        batch: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batch, Unset):
            batch = []
            for batch_item_data in self.batch:
                batch_item: dict[str, Any]
                if (
                    isinstance(batch_item_data, IdentifyPerson)
                    or isinstance(batch_item_data, PersonDelete)
                    or isinstance(batch_item_data, PersonEvent)
                    or isinstance(batch_item_data, PersonScreen)
                    or isinstance(batch_item_data, PersonPage)
                    or isinstance(batch_item_data, PersonAddRelationships)
                    or isinstance(batch_item_data, PersonDeleteRelationships)
                    or isinstance(batch_item_data, AddDevice)
                    or isinstance(batch_item_data, DeleteDevice)
                    or isinstance(batch_item_data, PersonMerge)
                    or isinstance(batch_item_data, Suppress)
                    or isinstance(batch_item_data, Unsuppress)
                    or isinstance(batch_item_data, ObjectIdentify)
                    or isinstance(batch_item_data, IdentifyAnonymous)
                    or isinstance(batch_item_data, ObjectDelete)
                    or isinstance(batch_item_data, ObjectAddRelationships)
                    or isinstance(batch_item_data, ObjectDeleteRelationships)
                ):
                    batch_item = batch_item_data.to_dict()
                else:
                    batch_item = batch_item_data.to_dict()

                batch.append(batch_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch is not UNSET:
            field_dict["batch"] = batch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.add_device import AddDevice
        from ..models.delete_device import DeleteDevice
        from ..models.delivery import Delivery
        from ..models.identify_anonymous import IdentifyAnonymous
        from ..models.identify_person import IdentifyPerson
        from ..models.object_add_relationships import ObjectAddRelationships
        from ..models.object_delete import ObjectDelete
        from ..models.object_delete_relationships import ObjectDeleteRelationships
        from ..models.object_identify import ObjectIdentify
        from ..models.person_add_relationships import PersonAddRelationships
        from ..models.person_delete import PersonDelete
        from ..models.person_delete_relationships import PersonDeleteRelationships
        from ..models.person_event import PersonEvent
        from ..models.person_merge import PersonMerge
        from ..models.person_page import PersonPage
        from ..models.person_screen import PersonScreen
        from ..models.suppress import Suppress
        from ..models.unsuppress import Unsuppress

        d = dict(expect_object(src_dict, "BatchBody"))
        _batch = expect_list(d.pop("batch", UNSET), "BatchBody.batch")
        batch: (
            list[
                AddDevice
                | DeleteDevice
                | Delivery
                | IdentifyAnonymous
                | IdentifyPerson
                | ObjectAddRelationships
                | ObjectDelete
                | ObjectDeleteRelationships
                | ObjectIdentify
                | PersonAddRelationships
                | PersonDelete
                | PersonDeleteRelationships
                | PersonEvent
                | PersonMerge
                | PersonPage
                | PersonScreen
                | Suppress
                | Unsuppress
            ]
            | Unset
        ) = UNSET
        if _batch is not UNSET:
            batch = []
            for batch_item_data in _batch:

                def _parse_batch_item(
                    data: object,
                ) -> (
                    AddDevice
                    | DeleteDevice
                    | Delivery
                    | IdentifyAnonymous
                    | IdentifyPerson
                    | ObjectAddRelationships
                    | ObjectDelete
                    | ObjectDeleteRelationships
                    | ObjectIdentify
                    | PersonAddRelationships
                    | PersonDelete
                    | PersonDeleteRelationships
                    | PersonEvent
                    | PersonMerge
                    | PersonPage
                    | PersonScreen
                    | Suppress
                    | Unsuppress
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_0 = IdentifyPerson.from_dict(data)

                        return batch_item_person_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_1 = PersonDelete.from_dict(data)

                        return batch_item_person_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_2 = PersonEvent.from_dict(data)

                        return batch_item_person_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_3 = PersonScreen.from_dict(data)

                        return batch_item_person_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_4 = PersonPage.from_dict(data)

                        return batch_item_person_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_5 = PersonAddRelationships.from_dict(
                            data
                        )

                        return batch_item_person_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_6 = PersonDeleteRelationships.from_dict(
                            data
                        )

                        return batch_item_person_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_7 = AddDevice.from_dict(data)

                        return batch_item_person_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_8 = DeleteDevice.from_dict(data)

                        return batch_item_person_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_9 = PersonMerge.from_dict(data)

                        return batch_item_person_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_10 = Suppress.from_dict(data)

                        return batch_item_person_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_person_type_11 = Unsuppress.from_dict(data)

                        return batch_item_person_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_object_type_0 = ObjectIdentify.from_dict(data)

                        return batch_item_object_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_object_type_1 = IdentifyAnonymous.from_dict(data)

                        return batch_item_object_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_object_type_2 = ObjectDelete.from_dict(data)

                        return batch_item_object_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_object_type_3 = ObjectAddRelationships.from_dict(
                            data
                        )

                        return batch_item_object_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        batch_item_object_type_4 = ObjectDeleteRelationships.from_dict(
                            data
                        )

                        return batch_item_object_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    batch_item_type_2 = Delivery.from_dict(data)

                    return batch_item_type_2

                batch_item = _parse_batch_item(batch_item_data)

                batch.append(batch_item)

        batch_body = cls(
            batch=batch,
        )

        batch_body.additional_properties = d
        return batch_body

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
