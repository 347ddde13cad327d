<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.canvas.editor</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Phóng to (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Show the whole model (Ctrl+0)</source>
        <translation>Hiện toàn bộ mô hình (Ctrl+0)</translation>
    </message>
    <message>
        <source>◂ Model</source>
        <translation>◂ Mô hình</translation>
    </message>
    <message>
        <source>Back to the whole model (Escape)</source>
        <translation>Quay lại toàn bộ mô hình (Escape)</translation>
    </message>
    <message>
        <source>deskdl does not know a layer called {name}</source>
        <translation>deskdl không biết lớp nào tên là {name}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select two or more layers to fold them into a group</source>
        <translation>Hãy chọn từ hai lớp trở lên để gộp chúng thành một nhóm</translation>
    </message>
    <message>
        <source>These layers are already in a group; groups do not nest here. Go back to the whole model to fold others</source>
        <translation>Các lớp này đã nằm trong một nhóm; ở đây nhóm không lồng vào nhau được. Hãy quay lại toàn bộ mô hình để gộp các lớp khác</translation>
    </message>
    <message>
        <source>Can&apos;t fold: {error}</source>
        <translation>Không gộp được: {error}</translation>
    </message>
    <message>
        <source>Folded {n} layers into {group}; double-click it to open it, Ctrl+Shift+G to unfold it</source>
        <translation>Đã gộp {n} lớp thành {group}; nhấp đúp để mở nó, Ctrl+Shift+G để bỏ gộp</translation>
    </message>
    <message>
        <source>Select a folded group to unfold it</source>
        <translation>Hãy chọn một nhóm đã gộp để bỏ gộp nó</translation>
    </message>
    <message>
        <source>Unfold {group}</source>
        <translation>Bỏ gộp {group}</translation>
    </message>
    <message>
        <source>Unfold {n} groups</source>
        <translation>Bỏ gộp {n} nhóm</translation>
    </message>
    <message>
        <source>{group}: a {label} of {n} layers</source>
        <translation>{group}: một {label} gồm {n} lớp</translation>
    </message>
    <message>
        <source>; data comes in from {names}</source>
        <translation>; dữ liệu đi vào từ {names}</translation>
    </message>
    <message>
        <source> and leaves from {names}</source>
        <translation> và đi ra từ {names}</translation>
    </message>
    <message>
        <source>Copied 1 layer</source>
        <translation>Đã sao chép 1 lớp</translation>
    </message>
    <message>
        <source>Copied {n} layers</source>
        <translation>Đã sao chép {n} lớp</translation>
    </message>
    <message>
        <source>The clipboard holds no deskdl layers to paste</source>
        <translation>Bộ nhớ tạm không có lớp deskdl nào để dán</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Linked {src} to {dst}</source>
        <translation>Đã nối {src} vào {dst}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Làm lạ&amp;i</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected layers and links</source>
        <translation>Xóa các lớp và các đường nối đang chọn</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy the selected layers</source>
        <translation>Sao chép các lớp đang chọn</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Paste layers from the clipboard</source>
        <translation>Dán các lớp từ bộ nhớ tạm</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Nhân bản</translation>
    </message>
    <message>
        <source>Duplicate the selected layers</source>
        <translation>Nhân bản các lớp đang chọn</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Select every layer</source>
        <translation>Chọn mọi lớp</translation>
    </message>
    <message>
        <source>&amp;Fold into Group</source>
        <translation>&amp;Gộp thành nhóm</translation>
    </message>
    <message>
        <source>Fold the selected layers into one card (a group); double-click it to open it</source>
        <translation>Gộp các lớp đang chọn thành một ô (một nhóm); nhấp đúp để mở nó</translation>
    </message>
    <message>
        <source>U&amp;nfold Group</source>
        <translation>&amp;Bỏ gộp nhóm</translation>
    </message>
    <message>
        <source>Unfold the selected group back into its layers</source>
        <translation>Bỏ gộp nhóm đang chọn, trả lại các lớp của nó</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Th&amp;u nhỏ</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;Vừa khung nhìn</translation>
    </message>
    <message>
        <source>Show the whole model</source>
        <translation>Hiện toàn bộ mô hình</translation>
    </message>
    <message>
        <source>Arrange &amp;Left to Right</source>
        <translation>Sắp xếp từ trái &amp;sang phải</translation>
    </message>
    <message>
        <source>Lay the model out in columns, data flowing left to right</source>
        <translation>Sắp xếp mô hình thành các cột, dữ liệu chảy từ trái sang phải</translation>
    </message>
    <message>
        <source>Arrange &amp;Top to Bottom</source>
        <translation>Sắp xếp từ trên &amp;xuống dưới</translation>
    </message>
    <message>
        <source>Lay the model out in rows, data flowing downwards</source>
        <translation>Sắp xếp mô hình thành các hàng, dữ liệu chảy từ trên xuống</translation>
    </message>
</context>
</TS>
