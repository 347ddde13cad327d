<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.properties</name>
    <message>
        <source>Select a layer on the canvas to see and change its settings.</source>
        <translation>Chọn một lớp trên khung vẽ để xem và đổi thiết lập của nó.</translation>
    </message>
    <message>
        <source>{n} layers are selected. Select just one to change its settings.</source>
        <translation>Đang chọn {n} lớp. Hãy chọn chỉ một lớp để đổi thiết lập của nó.</translation>
    </message>
    <message>
        <source>id: {id}</source>
        <translation>id: {id}</translation>
    </message>
    <message>
        <source>Output shape {shape} · {params} parameters</source>
        <translation>Kích thước đầu ra {shape} · {params} tham số</translation>
    </message>
    <message>
        <source>Output shape unknown until the problems below are fixed</source>
        <translation>Chưa biết kích thước đầu ra cho đến khi sửa xong các vấn đề bên dưới</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>Lớp này không có thiết lập nào.</translation>
    </message>
    <message>
        <source>Wrapped layer</source>
        <translation>Lớp được bọc</translation>
    </message>
    <message>
        <source>{name} factor</source>
        <translation>Hệ số {name}</translation>
    </message>
    <message>
        <source>Type a whole number, such as 32.</source>
        <translation>Hãy gõ một số nguyên, chẳng hạn 32.</translation>
    </message>
    <message>
        <source>Type a number, such as 0.01 or 1e-3.</source>
        <translation>Hãy gõ một số, chẳng hạn 0.01 hoặc 1e-3.</translation>
    </message>
    <message>
        <source>This setting needs a value.</source>
        <translation>Thiết lập này cần một giá trị.</translation>
    </message>
    <message>
        <source>Type sizes separated by commas, such as 28, 28, 1.</source>
        <translation>Hãy gõ các kích thước, cách nhau bằng dấu phẩy, chẳng hạn 28, 28, 1.</translation>
    </message>
    <message>
        <source>Type sizes separated by commas, such as 28, 28, 1 (None marks a size that can vary).</source>
        <translation>Hãy gõ các kích thước, cách nhau bằng dấu phẩy, chẳng hạn 28, 28, 1 (None đánh dấu một kích thước có thể thay đổi).</translation>
    </message>
    <message>
        <source>Type {n} whole numbers separated by commas, such as {example}.</source>
        <translation>Hãy gõ {n} số nguyên, cách nhau bằng dấu phẩy, chẳng hạn {example}.</translation>
    </message>
    <message>
        <source>Type some whole numbers separated by commas, such as {example}.</source>
        <translation>Hãy gõ vài số nguyên, cách nhau bằng dấu phẩy, chẳng hạn {example}.</translation>
    </message>
    <message>
        <source>Type numbers separated by commas, such as 0.485, 0.456, 0.406 (leave empty for none).</source>
        <translation>Hãy gõ các số, cách nhau bằng dấu phẩy, chẳng hạn 0.485, 0.456, 0.406 (để trống nếu không dùng).</translation>
    </message>
    <message>
        <source>before</source>
        <translation>trước</translation>
    </message>
    <message>
        <source>after</source>
        <translation>sau</translation>
    </message>
    <message>
        <source>top</source>
        <translation>trên</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>dưới</translation>
    </message>
    <message>
        <source>left</source>
        <translation>trái</translation>
    </message>
    <message>
        <source>right</source>
        <translation>phải</translation>
    </message>
    <message>
        <source>{value} (not allowed)</source>
        <translation>{value} (không được phép)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>Let Keras choose (for pooling strides: the same as the pool size).</source>
        <translation>Để Keras tự chọn (với bước trượt (stride) của lớp gộp (pooling): bằng kích thước vùng gộp).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>Every value starts at this number, e.g. 0.1 or -5.</source>
        <translation>Mọi giá trị bắt đầu từ số này, chẳng hạn 0.1 hoặc -5.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>empty = none</source>
        <translation>để trống = không có</translation>
    </message>
    <message>
        <source>e.g. 3, 3</source>
        <translation>vd. 3, 3</translation>
    </message>
    <message>
        <source>e.g. 28, 28, 1</source>
        <translation>vd. 28, 28, 1</translation>
    </message>
    <message>
        <source>e.g. 0.485, 0.456, 0.406</source>
        <translation>vd. 0.485, 0.456, 0.406</translation>
    </message>
</context>
</TS>
