<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.analysis</name>
    <message>
        <source>{id} is part of a loop: data would flow round in a circle</source>
        <translation>{id} nằm trong một vòng lặp: dữ liệu sẽ chạy vòng tròn mãi</translation>
    </message>
    <message>
        <source>remove one of the links in the loop</source>
        <translation>hãy xóa một trong các liên kết của vòng lặp</translation>
    </message>
    <message>
        <source>the model has no Input layer, so there is nowhere for data to enter</source>
        <translation>mô hình không có lớp Input, nên dữ liệu không có chỗ để đi vào</translation>
    </message>
    <message>
        <source>add an Input layer from the palette and link it to the first layer</source>
        <translation>hãy thêm một lớp Input từ bảng Các lớp và nối nó tới lớp đầu tiên</translation>
    </message>
    <message>
        <source>Add an Input layer</source>
        <translation>Thêm một lớp Input</translation>
    </message>
    <message>
        <source>the model has no output layer</source>
        <translation>mô hình không có lớp đầu ra</translation>
    </message>
    <message>
        <source>add a layer after the Input (for example a Dense layer) to produce the prediction</source>
        <translation>hãy thêm một lớp sau Input (ví dụ một lớp Dense) để đưa ra dự đoán</translation>
    </message>
    <message>
        <source>{id} ({type}) has no input linked, so no data reaches it</source>
        <translation>{id} ({type}) chưa được nối đầu vào nào, nên không có dữ liệu nào tới được nó</translation>
    </message>
    <message>
        <source>drag a link from the output of an earlier layer to it, or delete it</source>
        <translation>hãy kéo một liên kết từ đầu ra của một lớp phía trước tới nó, hoặc xóa nó</translation>
    </message>
    <message>
        <source>{id} ({type}) needs {inputs} but has {n}</source>
        <translation>{id} ({type}) cần {inputs} nhưng đang có {n}</translation>
    </message>
    <message>
        <source>link another layer into it</source>
        <translation>hãy nối thêm một lớp vào nó</translation>
    </message>
    <message>
        <source>{id} ({type}) takes {inputs} but has {n}</source>
        <translation>{id} ({type}) nhận {inputs} nhưng đang có {n}</translation>
    </message>
    <message>
        <source>remove the extra links, or merge them first with Add or Concatenate</source>
        <translation>hãy xóa các liên kết thừa, hoặc kết hợp chúng trước bằng Add hay Concatenate</translation>
    </message>
    <message>
        <source>the Input layer is not linked to anything</source>
        <translation>lớp Input chưa được nối với gì cả</translation>
    </message>
    <message>
        <source>the Input {id} is not linked to anything</source>
        <translation>lớp Input {id} chưa được nối với gì cả</translation>
    </message>
    <message>
        <source>link it to the first layer, or delete it</source>
        <translation>hãy nối nó tới lớp đầu tiên, hoặc xóa nó</translation>
    </message>
    <message>
        <source>{id} is not connected to any Input</source>
        <translation>{id} không được nối với lớp Input nào</translation>
    </message>
    <message>
        <source>link the start of its branch to an Input layer</source>
        <translation>hãy nối điểm đầu của nhánh chứa nó tới một lớp Input</translation>
    </message>
    <message>
        <source>{id} (in the group {group})</source>
        <translation>{id} (trong nhóm {group})</translation>
    </message>
    <message>
        <source>{problem} (in the group {group})</source>
        <translation>{problem} (trong nhóm {group})</translation>
    </message>
    <message>
        <source>remove this parameter</source>
        <translation>hãy bỏ tham số này</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>hãy chọn một trong: {choices}</translation>
    </message>
    <message>
        <source>use a value between {min} and {max}</source>
        <translation>hãy dùng một giá trị từ {min} đến {max}</translation>
    </message>
    <message>
        <source>use a value of at least {min}</source>
        <translation>hãy dùng một giá trị ít nhất là {min}</translation>
    </message>
    <message>
        <source>set {name} again: {help}</source>
        <translation>hãy đặt lại {name}: {help}</translation>
    </message>
    <message>
        <source>{id} leads nowhere: it is not an output and nothing reads it</source>
        <translation>{id} không dẫn tới đâu: nó không phải đầu ra và không lớp nào đọc nó</translation>
    </message>
    <message>
        <source>link it onward, mark it as an output, or delete it</source>
        <translation>hãy nối tiếp nó tới lớp sau, đánh dấu nó là đầu ra, hoặc xóa nó</translation>
    </message>
</context>
</TS>
