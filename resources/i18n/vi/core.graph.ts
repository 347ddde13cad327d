<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.graph</name>
    <message>
        <source>there is no layer with id {id}</source>
        <translation>không có lớp nào có id {id}</translation>
    </message>
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
        <source>{id} is in two groups ({group} too)</source>
        <translation>{id} nằm trong hai nhóm (cả {group} nữa)</translation>
    </message>
    <message>
        <source>keep each layer in one group</source>
        <translation>hãy để mỗi lớp chỉ trong một nhóm</translation>
    </message>
    <message>
        <source>remove the group or add a layer</source>
        <translation>xóa nhóm hoặc thêm một lớp</translation>
    </message>
    <message>
        <source>the id {id} is already used</source>
        <translation>id {id} đã được dùng</translation>
    </message>
    <message>
        <source>pick another name</source>
        <translation>chọn một tên khác</translation>
    </message>
    <message>
        <source>{id} is not a usable id</source>
        <translation>{id} không dùng được làm id</translation>
    </message>
    <message>
        <source>use letters, digits and underscores, starting with a letter</source>
        <translation>hãy dùng chữ cái, chữ số và dấu gạch dưới, bắt đầu bằng một chữ cái</translation>
    </message>
    <message>
        <source>there is no group with id {id}</source>
        <translation>không có nhóm nào có id {id}</translation>
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
    <message>
        <source>input slot {slot} of {node} does not exist yet</source>
        <translation>ô đầu vào {slot} của {node} chưa tồn tại</translation>
    </message>
    <message>
        <source>use the next free slot</source>
        <translation>dùng ô trống kế tiếp</translation>
    </message>
    <message>
        <source>{type} takes {inputs}, not {n}</source>
        <translation>{type} nhận {inputs}, không phải {n}</translation>
    </message>
    <message>
        <source>{src} is not linked to {dst}</source>
        <translation>{src} không được nối tới {dst}</translation>
    </message>
    <message>
        <source>{src} is not linked to input {slot} of {dst}</source>
        <translation>{src} không được nối tới đầu vào {slot} của {dst}</translation>
    </message>
    <message>
        <source>{src} does not feed input {slot} of {dst}</source>
        <translation>{src} không đưa dữ liệu vào đầu vào {slot} của {dst}</translation>
    </message>
    <message>
        <source>&apos;model&apos; must be an object with a list of &apos;nodes&apos;</source>
        <translation>&apos;model&apos; phải là một đối tượng JSON có danh sách &apos;nodes&apos;</translation>
    </message>
    <message>
        <source>&apos;model&apos; must have a list called &apos;nodes&apos;</source>
        <translation>&apos;model&apos; phải có một danh sách tên là &apos;nodes&apos;</translation>
    </message>
    <message>
        <source>{where} must be an object with an &apos;id&apos; and a &apos;type&apos;</source>
        <translation>{where} phải là một đối tượng JSON có &apos;id&apos; và &apos;type&apos;</translation>
    </message>
    <message>
        <source>{where}: &apos;id&apos; and &apos;type&apos; must be text</source>
        <translation>{where}: &apos;id&apos; và &apos;type&apos; phải là văn bản</translation>
    </message>
    <message>
        <source>{where}: the id {id} is used twice</source>
        <translation>{where}: id {id} được dùng hai lần</translation>
    </message>
    <message>
        <source>give each layer its own id</source>
        <translation>hãy cho mỗi lớp một id riêng</translation>
    </message>
    <message>
        <source>{where} ({id}): &apos;params&apos; must be an object</source>
        <translation>{where} ({id}): &apos;params&apos; phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>{where} ({id}): &apos;inputs&apos; must be a list of layer ids</source>
        <translation>{where} ({id}): &apos;inputs&apos; phải là một danh sách id của các lớp</translation>
    </message>
    <message>
        <source>layer {id} takes its input from {src}, which does not exist</source>
        <translation>lớp {id} lấy đầu vào từ {src}, nhưng lớp này không tồn tại</translation>
    </message>
    <message>
        <source>fix the id in &apos;inputs&apos; or add that layer</source>
        <translation>hãy sửa id trong &apos;inputs&apos; hoặc thêm lớp đó</translation>
    </message>
    <message>
        <source>&apos;model.outputs&apos; must list ids of layers in the model</source>
        <translation>&apos;model.outputs&apos; phải liệt kê id của các lớp trong mô hình</translation>
    </message>
    <message>
        <source>&apos;model.groups&apos; must be a list of groups</source>
        <translation>&apos;model.groups&apos; phải là một danh sách các nhóm</translation>
    </message>
    <message>
        <source>{where} must be an object with an &apos;id&apos; and a list of &apos;members&apos;</source>
        <translation>{where} phải là một đối tượng JSON có &apos;id&apos; và danh sách &apos;members&apos;</translation>
    </message>
    <message>
        <source>{where} ({id}): &apos;members&apos; must be a list of layer ids</source>
        <translation>{where} ({id}): &apos;members&apos; phải là một danh sách id của các lớp</translation>
    </message>
    <message>
        <source>{where} ({id}): &apos;label&apos; must be text</source>
        <translation>{where} ({id}): &apos;label&apos; phải là văn bản</translation>
    </message>
</context>
</TS>
