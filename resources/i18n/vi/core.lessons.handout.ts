<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.lessons.handout</name>
    <message>
        <source>{file}: {where} opens {name}, which is not in the lesson&apos;s folder, so it cannot go into the hand-out</source>
        <translation>{file}: {where} mở {name}, tệp này không nằm trong thư mục của bài học, nên không thể đưa vào tài liệu phát (hand-out)</translation>
    </message>
    <message>
        <source>copy the project file beside the lesson and name it by its file name</source>
        <translation>hãy chép tệp dự án vào cạnh bài học và gọi nó bằng tên tệp của nó</translation>
    </message>
    <message>
        <source>lesson {id}: its file is not on disk, so it cannot be handed out</source>
        <translation>bài học {id}: tệp của nó không có trên đĩa, nên không thể phát nó</translation>
    </message>
    <message>
        <source>not controls a lesson can lock or hide: {ids}</source>
        <translation>không phải các điều khiển mà một bài học có thể khóa hoặc ẩn: {ids}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: không có tệp này</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>hãy kiểm tra đường dẫn</translation>
    </message>
    <message>
        <source>{path}: the file unpacks to more than 500 MB: it is not a deskdl hand-out</source>
        <translation>{path}: tệp giải nén ra hơn 500 MB: nó không phải là một tài liệu phát (hand-out) của deskdl</translation>
    </message>
    <message>
        <source>open the .deskdl-lesson file your teacher sent</source>
        <translation>hãy mở tệp .deskdl-lesson mà giáo viên của bạn đã gửi</translation>
    </message>
    <message>
        <source>{path}: this is a zip file but not a deskdl lesson hand-out (it is a learner&apos;s submission bundle: check it with &apos;deskdl check FILE&apos;)</source>
        <translation>{path}: đây là một tệp zip nhưng không phải là một bài học phát (hand-out) của deskdl (nó là một gói bài nộp của người học: hãy kiểm tra nó bằng &apos;deskdl check FILE&apos;)</translation>
    </message>
    <message>
        <source>{path}: this is a zip file but not a deskdl lesson hand-out</source>
        <translation>{path}: đây là một tệp zip nhưng không phải là một bài học phát (hand-out) của deskdl</translation>
    </message>
    <message>
        <source>{path}: is not a deskdl lesson hand-out (not a zip file)</source>
        <translation>{path}: không phải là một bài học phát (hand-out) của deskdl (không phải tệp zip)</translation>
    </message>
    <message>
        <source>{path}: the hand-out&apos;s handout.json is damaged (not JSON)</source>
        <translation>{path}: tệp handout.json của tài liệu phát bị hỏng (không phải JSON)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: không đọc được ({reason})</translation>
    </message>
    <message>
        <source>{path}: handout.json is not a deskdl hand-out&apos;s</source>
        <translation>{path}: handout.json không phải của một tài liệu phát deskdl</translation>
    </message>
    <message>
        <source>{path}: this hand-out was made by a newer deskdl (version {version})</source>
        <translation>{path}: tài liệu phát này được tạo bởi một deskdl mới hơn (phiên bản {version})</translation>
    </message>
    <message>
        <source>update deskdl to open it</source>
        <translation>hãy cập nhật deskdl để mở nó</translation>
    </message>
    <message>
        <source>{path}: the hand-out holds no lesson file for its lesson {id}</source>
        <translation>{path}: tài liệu phát không chứa tệp bài học cho bài học {id} của nó</translation>
    </message>
    <message>
        <source>{path}: the hand-out could not be unpacked into {folder} ({reason})</source>
        <translation>{path}: không giải nén được tài liệu phát vào {folder} ({reason})</translation>
    </message>
    <message>
        <source>{path}: the lesson inside cannot be used: {error}</source>
        <translation>{path}: bài học bên trong không dùng được: {error}</translation>
    </message>
    <message>
        <source>{path}: the bundle could not be unpacked into {folder} ({error})</source>
        <translation>{path}: không giải nén được gói bài nộp vào {folder} ({error})</translation>
    </message>
    <message>
        <source>Handed out by your teacher</source>
        <translation>Do giáo viên của bạn giao</translation>
    </message>
</context>
</TS>
