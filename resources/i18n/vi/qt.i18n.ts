<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.i18n</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Ngôn ngữ của hệ thống</translation>
    </message>
    <message>
        <source>Speak the language the computer is set to (English if deskdl has no translation for it)</source>
        <translation>Dùng ngôn ngữ mà máy tính đang đặt (tiếng Anh nếu deskdl chưa có bản dịch cho ngôn ngữ đó)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language changes the next time deskdl starts. Close deskdl and open it again to see it.</source>
        <translation>Ngôn ngữ sẽ đổi vào lần tới deskdl khởi động. Hãy đóng deskdl rồi mở lại để thấy thay đổi.</translation>
    </message>
    <message>
        <source>Close deskdl (it asks about unsaved work first) and open it again in the language chosen</source>
        <translation>Đóng deskdl (trước đó sẽ hỏi về phần việc chưa lưu) rồi mở lại bằng ngôn ngữ đã chọn</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Khởi động lại ngay</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
</TS>
