<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.cache</name>
    <message>
        <source>{n} files under {folder}</source>
        <translation>{n} tệp trong {folder}</translation>
    </message>
    <message>
        <source>{title} is not on this computer yet (deskdl looks for {where})</source>
        <translation>{title} chưa có trên máy tính này (deskdl tìm ở {where})</translation>
    </message>
    <message>
        <source>press Download in the Data tab if you are online, or copy {hint} from a machine with internet and use Import (deskdl copies it to {folder})</source>
        <translation>hãy bấm Tải về trong thẻ Dữ liệu nếu bạn đang có mạng, hoặc chép {hint} từ một máy có internet rồi dùng Nhập tệp (deskdl chép nó vào {folder})</translation>
    </message>
    <message>
        <source>could not copy {src} to {dst} ({error})</source>
        <translation>không chép được {src} sang {dst} ({error})</translation>
    </message>
    <message>
        <source>check free disk space and that you may write there</source>
        <translation>kiểm tra dung lượng đĩa còn trống và quyền ghi vào đó</translation>
    </message>
    <message>
        <source>could not write {path} ({error})</source>
        <translation>không ghi được {path} ({error})</translation>
    </message>
    <message>
        <source>check free disk space</source>
        <translation>kiểm tra dung lượng đĩa còn trống</translation>
    </message>
    <message>
        <source>could not reach the download server: {reason}</source>
        <translation>không kết nối được tới máy chủ tải về: {reason}</translation>
    </message>
    <message>
        <source>copy the file from a machine with internet and use Import ({hint})</source>
        <translation>hãy chép tệp từ một máy có internet rồi dùng Nhập tệp ({hint})</translation>
    </message>
    <message>
        <source>the downloaded {file} is damaged (its checksum is wrong)</source>
        <translation>tệp {file} vừa tải về bị hỏng (mã kiểm tra checksum của nó sai)</translation>
    </message>
    <message>
        <source>try again later, or copy the file from another machine and use Import</source>
        <translation>hãy thử lại sau, hoặc chép tệp từ một máy khác rồi dùng Nhập tệp</translation>
    </message>
</context>
</TS>
