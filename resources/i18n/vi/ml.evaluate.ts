<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.evaluate</name>
    <message>
        <source>could not save the trained model to {path} ({error})</source>
        <translation>không lưu được mô hình đã huấn luyện vào {path} ({error})</translation>
    </message>
    <message>
        <source>check free disk space and that you may write in that folder</source>
        <translation>kiểm tra dung lượng đĩa còn trống và quyền ghi vào thư mục đó</translation>
    </message>
    <message>
        <source>there is no trained model at {path}</source>
        <translation>không có mô hình đã huấn luyện nào ở {path}</translation>
    </message>
    <message>
        <source>train the model first, then save</source>
        <translation>hãy huấn luyện mô hình trước rồi mới lưu</translation>
    </message>
    <message>
        <source>{path} could not be loaded ({error})</source>
        <translation>không nạp được {path} ({error})</translation>
    </message>
    <message>
        <source>train again and save; the file may be damaged or from a newer deskdl</source>
        <translation>huấn luyện lại và lưu; tệp có thể bị hỏng hoặc do một phiên bản deskdl mới hơn tạo ra</translation>
    </message>
</context>
</TS>
