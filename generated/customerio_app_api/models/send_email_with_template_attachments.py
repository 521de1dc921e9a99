from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="SendEmailWithTemplateAttachments")


@_attrs_define
class SendEmailWithTemplateAttachments:
    """A dictionary of attachments where the filename is the key and the value is the base64-encoded contents. The filename
    must include the extension (i.e. `name.csv`). The total size of all attachments must be less than 2 MB.

        Attributes:
            file_name (str | Unset):
    """

    file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["<file-name>"] = file_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SendEmailWithTemplateAttachments"))
        file_name = d.pop("<file-name>", UNSET)
        if type(file_name) is not str and file_name is not UNSET:
            file_name = expect_str(
                file_name, "SendEmailWithTemplateAttachments.<file-name>"
            )

        send_email_with_template_attachments = cls(
            file_name=file_name,
        )

        send_email_with_template_attachments.additional_properties = d
        return send_email_with_template_attachments

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
