<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.main_window</name>
    <message>
        <source>{name}[*] — deskdl</source>
        <translation>{name}[*] — deskdl</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Xây dựng</translation>
    </message>
    <message>
        <source>Build the model: drag layers from the left onto the canvas and link them.</source>
        <translation>Xây dựng mô hình: kéo các lớp từ bên trái vào khung vẽ rồi nối chúng với nhau.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Python code</source>
        <translation>Mã Python</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <source>deskdl projects (*.deskdl);;All files (*)</source>
        <translation>Dự án deskdl (*.deskdl);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>deskdl projects and lessons (*.deskdl *.deskdl-lesson);;deskdl projects (*.deskdl);;Lessons handed out (*.deskdl-lesson);;Hand-ins (*.deskdl-bundle);;All files (*)</source>
        <translation>Dự án và bài học deskdl (*.deskdl *.deskdl-lesson);;Dự án deskdl (*.deskdl);;Bài học được giao (*.deskdl-lesson);;Bài nộp (*.deskdl-bundle);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Mô hình Keras (*.keras);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Tệp Python (*.py);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Lưu dự án thành</translation>
    </message>
    <message>
        <source>Import a Keras model</source>
        <translation>Nhập một mô hình Keras</translation>
    </message>
    <message>
        <source>Export Python code</source>
        <translation>Xuất mã Python</translation>
    </message>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>Đang tải TensorFlow…</translation>
    </message>
    <message>
        <source>TensorFlow is ready: you can train and import Keras models.</source>
        <translation>TensorFlow đã sẵn sàng: bạn có thể huấn luyện và nhập mô hình Keras.</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded, so training and importing are unavailable. Building models still works. Hover over the device to see why.</source>
        <translation>Không tải được TensorFlow, nên chưa thể huấn luyện hay nhập mô hình. Bạn vẫn xây dựng mô hình được. Di chuột lên ô thiết bị để xem lý do.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Đang nhập {name}…</translation>
    </message>
    <message>
        <source>The Keras model could not be imported</source>
        <translation>Không nhập được mô hình Keras</translation>
    </message>
    <message>
        <source>Imported, with notes</source>
        <translation>Đã nhập, kèm vài ghi chú</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Không mở được dự án</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>Không lưu được dự án</translation>
    </message>
    <message>
        <source>The Python code could not be exported</source>
        <translation>Không xuất được mã Python</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Đã ghi {path}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Đã mở {name}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them before going on?</source>
        <translation>“{name}” có thay đổi chưa được lưu. Lưu lại trước khi tiếp tục?</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Khôi phục phần việc chưa lưu?</translation>
    </message>
    <message>
        <source>deskdl closed without saving “{name}” last time ({when}). Restore the unsaved work?</source>
        <translation>Lần trước ({when}) deskdl đã đóng mà chưa lưu “{name}”. Khôi phục phần việc chưa lưu?</translation>
    </message>
    <message>
        <source>The recovered work could not be read, so it was discarded.</source>
        <translation>Không đọc được phần việc khôi phục, nên nó đã bị bỏ đi.</translation>
    </message>
    <message>
        <source>Restored unsaved work. Save it to keep it.</source>
        <translation>Đã khôi phục phần việc chưa lưu. Hãy lưu lại để giữ nó.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Chưa có dự án gần đây</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Chủ đề màu</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Đặt &amp;lại bố cục</translation>
    </message>
    <message>
        <source>Put the panels of every tab back where they were at first</source>
        <translation>Đưa các bảng của mọi thẻ về chỗ ban đầu</translation>
    </message>
    <message>
        <source>Every tab&apos;s layout is back to its default.</source>
        <translation>Bố cục của mọi thẻ đã trở về mặc định.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Tạo mới</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Bắt đầu một dự án trống</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open a .deskdl project</source>
        <translation>Mở một dự án .deskdl</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu thà&amp;nh…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Lưu dự án với một tên mới</translation>
    </message>
    <message>
        <source>&amp;Import Keras Model…</source>
        <translation>Nhập mô hình &amp;Keras…</translation>
    </message>
    <message>
        <source>Turn a saved .keras model into an editable project (needs TensorFlow)</source>
        <translation>Biến một mô hình .keras đã lưu thành dự án sửa được (cần TensorFlow)</translation>
    </message>
    <message>
        <source>Pretrained &amp;Weights…</source>
        <translation>Trọng số huấn luyện &amp;sẵn…</translation>
    </message>
    <message>
        <source>Which ImageNet weights the Keras cache holds for the PretrainedBase layer; import or download them</source>
        <translation>Bộ nhớ đệm của Keras đang có những trọng số ImageNet nào cho lớp PretrainedBase; nhập hoặc tải chúng về</translation>
    </message>
    <message>
        <source>&amp;Export Python…</source>
        <translation>&amp;Xuất mã Python…</translation>
    </message>
    <message>
        <source>Write the model as a plain Keras Python script</source>
        <translation>Ghi mô hình thành một script Python dùng Keras thuần</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Close deskdl</source>
        <translation>Đóng deskdl</translation>
    </message>
    <message>
        <source>Find &amp;Layer</source>
        <translation>Tìm &amp;lớp</translation>
    </message>
    <message>
        <source>Search the layer list</source>
        <translation>Tìm trong danh sách lớp</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Tạo từ mẫ&amp;u</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>Các &amp;thẻ</translation>
    </message>
</context>
</TS>
