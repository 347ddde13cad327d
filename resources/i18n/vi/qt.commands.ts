<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.commands</name>
    <message>
        <source>Add {layer}</source>
        <translation>Thêm {layer}</translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation>Xóa {layer}</translation>
    </message>
    <message>
        <source>Delete {n} layers</source>
        <translation>Xóa {n} lớp</translation>
    </message>
    <message>
        <source>Fold {n} layers into a group</source>
        <translation>Gộp {n} lớp thành một nhóm</translation>
    </message>
    <message>
        <source>Unfold {group}</source>
        <translation>Bỏ gộp {group}</translation>
    </message>
    <message>
        <source>there is no group called {group}</source>
        <translation>không có nhóm nào tên là {group}</translation>
    </message>
    <message>
        <source>select a folded group to unfold</source>
        <translation>hãy chọn một nhóm đã gộp để bỏ gộp</translation>
    </message>
    <message>
        <source>Link {src} to {dst}</source>
        <translation>Nối {src} vào {dst}</translation>
    </message>
    <message>
        <source>Unlink {src} from {dst}</source>
        <translation>Bỏ nối {src} khỏi {dst}</translation>
    </message>
    <message>
        <source>Move {layer}</source>
        <translation>Di chuyển {layer}</translation>
    </message>
    <message>
        <source>Move {n} layers</source>
        <translation>Di chuyển {n} lớp</translation>
    </message>
    <message>
        <source>Arrange left to right</source>
        <translation>Sắp xếp từ trái sang phải</translation>
    </message>
    <message>
        <source>Arrange top to bottom</source>
        <translation>Sắp xếp từ trên xuống dưới</translation>
    </message>
    <message>
        <source>Change {names} of {layer}</source>
        <translation>Đổi {names} của {layer}</translation>
    </message>
    <message>
        <source>Insert {layer}</source>
        <translation>Chèn {layer}</translation>
    </message>
    <message>
        <source>the clipboard does not hold deskdl layers</source>
        <translation>bộ nhớ tạm không chứa lớp deskdl nào</translation>
    </message>
    <message>
        <source>the clipboard holds a layer without an id or type</source>
        <translation>bộ nhớ tạm có một lớp thiếu id hoặc loại</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>Áp dụng cách sửa</translation>
    </message>
    <message>
        <source>this fix does not say which layer to insert</source>
        <translation>cách sửa này không nói cần chèn lớp nào</translation>
    </message>
    <message>
        <source>deskdl does not know how to apply a fix of kind {op}</source>
        <translation>deskdl không biết cách áp dụng một cách sửa thuộc loại {op}</translation>
    </message>
</context>
</TS>
