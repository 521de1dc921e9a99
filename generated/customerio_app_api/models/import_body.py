from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.import_body_event import ImportBodyEvent
    from ..models.import_body_object import ImportBodyObject
    from ..models.import_body_people import ImportBodyPeople
    from ..models.import_body_relationship import ImportBodyRelationship


T = TypeVar("T", bound="ImportBody")


@_attrs_define
class ImportBody:
    """
    Attributes:
        import_ (ImportBodyEvent | ImportBodyObject | ImportBodyPeople | ImportBodyRelationship):
    """

    import_: (
        ImportBodyEvent | ImportBodyObject | ImportBodyPeople | ImportBodyRelationship
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.import_body_event import ImportBodyEvent
        from ..models.import_body_people import ImportBodyPeople
        from ..models.import_body_relationship import ImportBodyRelationship

        import_: dict[str, Any]
        if (
            isinstance(self.import_, ImportBodyPeople)
            or isinstance(self.import_, ImportBodyEvent)
            or isinstance(self.import_, ImportBodyRelationship)
        ):
            import_ = self.import_.to_dict()
        else:
            import_ = self.import_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import": import_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_body_event import ImportBodyEvent
        from ..models.import_body_object import ImportBodyObject
        from ..models.import_body_people import ImportBodyPeople
        from ..models.import_body_relationship import ImportBodyRelationship

        d = dict(expect_object(src_dict, "ImportBody"))

        def _parse_import_(
            data: object,
        ) -> (
            ImportBodyEvent
            | ImportBodyObject
            | ImportBodyPeople
            | ImportBodyRelationship
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                import_people = ImportBodyPeople.from_dict(data)

                return import_people
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                import_event = ImportBodyEvent.from_dict(data)

                return import_event
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                import_relationship = ImportBodyRelationship.from_dict(data)

                return import_relationship
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            import_object = ImportBodyObject.from_dict(data)

            return import_object

        import_ = _parse_import_(d.pop("import"))

        import_body = cls(
            import_=import_,
        )

        import_body.additional_properties = d
        return import_body

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
