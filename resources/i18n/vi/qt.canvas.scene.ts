<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.canvas.scene</name>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>{name}: none</source>
        <translation>{name}: không có</translation>
    </message>
    <message>
        <source>no {name}</source>
        <translation>không {name}</translation>
    </message>
    <message>
        <source>{n} heads</source>
        <translation>{n} đầu (heads)</translation>
    </message>
    <message>
        <source>1 param</source>
        <translation>1 tham số</translation>
    </message>
    <message>
        <source>{n}M params</source>
        <translation>{n} triệu tham số</translation>
    </message>
    <message>
        <source>{n} params</source>
        <translation>{n} tham số</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} lớp</translation>
    </message>
    <message>
        <source>{shape} flows along this link, for each example</source>
        <translation>{shape} chảy qua đường nối này, cho mỗi mẫu dữ liệu</translation>
    </message>
    <message>
        <source>several outputs</source>
        <translation>nhiều đầu ra</translation>
    </message>
    <message>
        <source>A group of {n} layers, folded into one card. Double-click to open it; Ctrl+Shift+G unfolds it back into its layers.</source>
        <translation>Một nhóm {n} lớp, gộp thành một ô. Nhấp đúp để mở nó; Ctrl+Shift+G bỏ gộp, trả lại các lớp của nó.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>… and {n} more inside</source>
        <translation>… và {n} vấn đề nữa bên trong</translation>
    </message>
    <message>
        <source>Output shape {shape} · {params} parameters in all</source>
        <translation>Kích thước đầu ra {shape} · tổng cộng {params} tham số</translation>
    </message>
    <message>
        <source>{n} layers · double-click</source>
        <translation>{n} lớp · nhấp đúp</translation>
    </message>
    <message>
        <source>The group {group} has {n} outputs: open it (double-click) and drag the link from the layer you mean</source>
        <translation>Nhóm {group} có {n} đầu ra: hãy mở nó (nhấp đúp) rồi kéo đường nối từ đúng lớp bạn muốn</translation>
    </message>
    <message>
        <source>Can&apos;t link {src} into the folded group {dst}: double-click it to open it, then link to the layer inside that should receive the data</source>
        <translation>Không nối được {src} vào nhóm đã gộp {dst}: hãy nhấp đúp để mở nhóm, rồi nối vào lớp bên trong cần nhận dữ liệu</translation>
    </message>
    <message>
        <source>Can&apos;t link {src} to {dst}: {error}</source>
        <translation>Không nối được {src} vào {dst}: {error}</translation>
    </message>
    <message>
        <source>deskdl does not know a layer called {name}</source>
        <translation>deskdl không biết lớp nào tên là {name}</translation>
    </message>
    <message>
        <source>Output shape {shape} (model output) · {params} parameters</source>
        <translation>Kích thước đầu ra {shape} (đầu ra của mô hình) · {params} tham số</translation>
    </message>
    <message>
        <source>Output shape {shape} · {params} parameters</source>
        <translation>Kích thước đầu ra {shape} · {params} tham số</translation>
    </message>
</context>
</TS>
