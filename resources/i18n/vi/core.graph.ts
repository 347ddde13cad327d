<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.graph</name>
    <message>
        <source>a group needs at least two layers</source>
        <translation>một nhóm cần ít nhất hai lớp</translation>
    </message>
    <message>
        <source>select two or more layers to fold</source>
        <translation>hãy chọn từ hai lớp trở lên để gộp thành nhóm</translation>
    </message>
    <message>
        <source>{id} is already in the group {group}</source>
        <translation>{id} đã nằm trong nhóm {group}</translation>
    </message>
    <message>
        <source>unfold {group} first, or leave {id} out</source>
        <translation>hãy bỏ gộp {group} trước, hoặc bỏ {id} ra ngoài</translation>
    </message>
    <message>
        <source>these layers are not one block: data leaves them through {out} and comes back into {back}</source>
        <translation>các lớp này không tạo thành một khối: dữ liệu ra khỏi chúng qua {out} rồi quay lại vào {back}</translation>
    </message>
    <message>
        <source>add {out} to the selection, or leave {back} out</source>
        <translation>hãy thêm {out} vào vùng chọn, hoặc bỏ {back} ra ngoài</translation>
    </message>
    <message>
        <source>a layer cannot feed itself</source>
        <translation>một lớp không thể tự đưa dữ liệu vào chính nó</translation>
    </message>
    <message>
        <source>connect it to a different layer</source>
        <translation>hãy nối nó tới một lớp khác</translation>
    </message>
    <message>
        <source>{type} layers take no inputs: data starts there</source>
        <translation>lớp {type} không nhận đầu vào: dữ liệu bắt đầu từ đó</translation>
    </message>
    <message>
        <source>connect into a layer further along instead</source>
        <translation>hãy nối vào một lớp nằm xa hơn về phía sau</translation>
    </message>
    <message>
        <source>linking {src} to {dst} would make data go round in a circle</source>
        <translation>nối {src} tới {dst} sẽ làm dữ liệu chạy vòng tròn</translation>
    </message>
    <message>
        <source>networks here must flow one way; link to a layer further along instead</source>
        <translation>mạng ở đây phải chảy theo một chiều; hãy nối tới một lớp nằm xa hơn về phía sau</translation>
    </message>
    <message>
        <source>{id} ({type}) already has its {inputs}</source>
        <translation>{id} ({type}) đã có đủ {inputs}</translation>
    </message>
    <message>
        <source>remove one of its links first, or use an Add or Concatenate layer to merge</source>
        <translation>hãy xóa một liên kết của nó trước, hoặc dùng một lớp Add hay Concatenate để kết hợp</translation>
    </message>
</context>
</TS>
