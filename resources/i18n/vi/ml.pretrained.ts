<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.pretrained</name>
    <message>
        <source>deskdl does not know the application model {name}</source>
        <translation>deskdl không biết mô hình ứng dụng {name}</translation>
    </message>
    <message>
        <source>pick one from the pretrained base&apos;s list</source>
        <translation>chọn một mô hình trong danh sách mô hình nền đã huấn luyện sẵn</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>không có tệp {path}</translation>
    </message>
    <message>
        <source>pick the .h5 weights file of this model</source>
        <translation>chọn tệp trọng số .h5 của mô hình này</translation>
    </message>
    <message>
        <source>{name} is not a Keras weights file (.h5)</source>
        <translation>{name} không phải tệp trọng số Keras (.h5)</translation>
    </message>
    <message>
        <source>pick the file called {file}</source>
        <translation>chọn tệp có tên {file}</translation>
    </message>
    <message>
        <source>{file} is not the {model} ImageNet weights Keras publishes (its checksum differs)</source>
        <translation>{file} không phải tệp trọng số ImageNet của {model} do Keras công bố (mã kiểm tra (checksum) của nó khác)</translation>
    </message>
    <message>
        <source>pick the file called {file}, unchanged</source>
        <translation>chọn tệp có tên {file}, chưa bị sửa đổi</translation>
    </message>
    <message>
        <source>could not reach the download server: {reason}</source>
        <translation>không kết nối được máy chủ tải về: {reason}</translation>
    </message>
    <message>
        <source>copy {file} from a machine with internet and import it</source>
        <translation>chép tệp {file} từ một máy có internet rồi nhập nó vào</translation>
    </message>
    <message>
        <source>the downloaded {file} is damaged (its checksum is wrong)</source>
        <translation>tệp {file} vừa tải về bị hỏng (mã kiểm tra (checksum) sai)</translation>
    </message>
    <message>
        <source>try again later, or copy the file from another machine and import it</source>
        <translation>thử lại sau, hoặc chép tệp từ máy khác rồi nhập nó vào</translation>
    </message>
</context>
</TS>
