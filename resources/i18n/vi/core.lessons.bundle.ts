<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.lessons.bundle</name>
    <message>
        <source>bundle</source>
        <translation>gói bài nộp</translation>
    </message>
    <message>
        <source>hand-out</source>
        <translation>tài liệu phát</translation>
    </message>
    <message>
        <source>{path}: the {what} could not be written ({reason})</source>
        <translation>{path}: không ghi được {what} ({reason})</translation>
    </message>
    <message>
        <source>choose a folder you may write to</source>
        <translation>hãy chọn một thư mục mà bạn được phép ghi vào</translation>
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
        <source>{path}: the bundle unpacks to more than 2 GB: it is not a deskdl bundle</source>
        <translation>{path}: gói giải nén ra hơn 2 GB: nó không phải là một gói bài nộp của deskdl</translation>
    </message>
    <message>
        <source>{path}: this is a zip file but not a deskdl bundle (no bundle.json or project.deskdl)</source>
        <translation>{path}: đây là một tệp zip nhưng không phải là một gói bài nộp của deskdl (không có bundle.json hoặc project.deskdl)</translation>
    </message>
    <message>
        <source>hand in the .deskdl-bundle file the app or &apos;deskdl lessons --verify NAME --bundle FILE&apos; wrote</source>
        <translation>hãy nộp tệp .deskdl-bundle mà ứng dụng hoặc &apos;deskdl lessons --verify NAME --bundle FILE&apos; đã ghi</translation>
    </message>
    <message>
        <source>{path}: is not a deskdl bundle (not a zip file)</source>
        <translation>{path}: không phải là một gói bài nộp của deskdl (không phải tệp zip)</translation>
    </message>
    <message>
        <source>{path}: the bundle&apos;s bundle.json is damaged (not JSON)</source>
        <translation>{path}: tệp bundle.json của gói bị hỏng (không phải JSON)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: không đọc được ({reason})</translation>
    </message>
    <message>
        <source>{path}: bundle.json is not a deskdl bundle&apos;s (its format is {format})</source>
        <translation>{path}: bundle.json không phải của một gói bài nộp deskdl (định dạng của nó là {format})</translation>
    </message>
    <message>
        <source>{path}: this bundle was made by a newer deskdl (bundle version {version})</source>
        <translation>{path}: gói này được tạo bởi một deskdl mới hơn (phiên bản gói {version})</translation>
    </message>
    <message>
        <source>update deskdl to check it</source>
        <translation>hãy cập nhật deskdl để kiểm tra nó</translation>
    </message>
    <message>
        <source>  step {n} (&quot;{title}&quot;): {state}</source>
        <translation>  bước {n} (&quot;{title}&quot;): {state}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>chưa làm</translation>
    </message>
    <message>
        <source>read</source>
        <translation>đã đọc</translation>
    </message>
    <message>
        <source>no lesson</source>
        <translation>không có bài học</translation>
    </message>
    <message>
        <source>lesson {id} (the copy in the bundle: not installed here)</source>
        <translation>bài học {id} (bản sao trong gói: chưa được cài ở đây)</translation>
    </message>
    <message>
        <source>lesson {id}</source>
        <translation>bài học {id}</translation>
    </message>
    <message>
        <source>{path}: {lesson}, learner {learner}: {passed} of {total} steps pass (seed {seed}, deskdl {deskdl}, Keras {keras}, TensorFlow {tensorflow}, {runs} runs)</source>
        <translation>{path}: {lesson}, người học {learner}: {passed} trên {total} bước đạt (seed {seed}, deskdl {deskdl}, Keras {keras}, TensorFlow {tensorflow}, {runs} lần chạy)</translation>
    </message>
    <message>
        <source>{path}: the bundle names no lesson this deskdl knows ({lesson})</source>
        <translation>{path}: gói không nêu bài học nào mà deskdl này biết ({lesson})</translation>
    </message>
    <message>
        <source>install the lesson, or make the bundle again with the lesson inside</source>
        <translation>hãy cài bài học, hoặc tạo lại gói có kèm bài học bên trong</translation>
    </message>
</context>
</TS>
