<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.trained</name>
    <message>
        <source>Saved the trained model beside the project: {name}</source>
        <translation>Đã lưu mô hình đã huấn luyện bên cạnh dự án: {name}</translation>
    </message>
    <message>
        <source>The project was saved, but its trained model could not be written</source>
        <translation>Dự án đã được lưu, nhưng không ghi được mô hình đã huấn luyện của nó</translation>
    </message>
    <message>
        <source>Loaded the trained model saved with this project ({run}); see the Evaluate and Inspect tabs.</source>
        <translation>Đã nạp mô hình đã huấn luyện được lưu cùng dự án này ({run}); hãy xem thẻ Đánh giá và thẻ Khảo sát.</translation>
    </message>
    <message>
        <source>This project&apos;s trained model file {name} is missing; train again to get a model.</source>
        <translation>Thiếu tệp mô hình đã huấn luyện {name} của dự án này; hãy huấn luyện lại để có mô hình.</translation>
    </message>
    <message>
        <source>This project&apos;s trained model file {name} could not be read ({why}); train again to get a model.</source>
        <translation>Không đọc được tệp mô hình đã huấn luyện {name} của dự án này ({why}); hãy huấn luyện lại để có mô hình.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>lỗi không rõ</translation>
    </message>
</context>
</TS>
