<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.cli_train</name>
    <message>
        <source>training on {data}: {n} examples, {params} parameters, {epochs} epochs (steps_per_execution {spe})</source>
        <translation>huấn luyện trên {data}: {n} mẫu dữ liệu, {params} tham số, {epochs} epoch (steps_per_execution {spe})</translation>
    </message>
    <message>
        <source>epoch {n}/{total}</source>
        <translation>epoch {n}/{total}</translation>
    </message>
    <message>
        <source>epoch {n}/{total}: {metrics}</source>
        <translation>epoch {n}/{total}: {metrics}</translation>
    </message>
    <message>
        <source>--epochs must be a whole number of at least 1, not {value}</source>
        <translation>--epochs phải là một số nguyên từ 1 trở lên, không phải {value}</translation>
    </message>
    <message>
        <source>the training settings have a problem: {problem}; fix it in the project&apos;s &apos;training&apos; (or in the app&apos;s Train tab)</source>
        <translation>thiết lập huấn luyện có vấn đề: {problem}; hãy sửa trong mục &apos;training&apos; của dự án (hoặc trong thẻ Huấn luyện của ứng dụng)</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>huấn luyện thất bại</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>dừng sớm</translation>
    </message>
    <message>
        <source>, test accuracy {value}</source>
        <translation>, độ chính xác trên tập kiểm tra {value}</translation>
    </message>
    <message>
        <source>, test loss {value}</source>
        <translation>, loss trên tập kiểm tra {value}</translation>
    </message>
    <message>
        <source>{status}: {n} epochs in {seconds} s{tail}; wrote {folder}</source>
        <translation>{status}: {n} epoch trong {seconds} s{tail}; đã ghi {folder}</translation>
    </message>
    <message>
        <source>--out {path} is a file, not a folder: name a folder (it is made if needed)</source>
        <translation>--out {path} là một tệp, không phải thư mục: hãy chỉ một thư mục (chưa có thì deskdl tạo)</translation>
    </message>
    <message>
        <source>cannot make the output folder {path}: {file} is a file, not a folder</source>
        <translation>không tạo được thư mục kết quả {path}: {file} là một tệp, không phải thư mục</translation>
    </message>
    <message>
        <source>cannot write in the output folder {path} ({why}): choose a folder you may write to with --out</source>
        <translation>không ghi được vào thư mục kết quả {path} ({why}): hãy chọn bằng --out một thư mục bạn có quyền ghi</translation>
    </message>
    <message>
        <source>cannot create the output folder {path} ({why})</source>
        <translation>không tạo được thư mục kết quả {path} ({why})</translation>
    </message>
    <message>
        <source>cannot write the results into {path} ({why})</source>
        <translation>không ghi được kết quả vào {path} ({why})</translation>
    </message>
    <message>
        <source>{total} ({vae} of the VAE, then {each} for each of the two classifiers)</source>
        <translation>{total} ({vae} cho VAE, rồi {each} cho mỗi bộ phân loại trong hai bộ)</translation>
    </message>
    <message>
        <source>deskdl training report: {name}</source>
        <translation>báo cáo huấn luyện của deskdl: {name}</translation>
    </message>
    <message>
        <source>project file: {path}</source>
        <translation>tệp dự án: {path}</translation>
    </message>
    <message>
        <source>data set: {name}</source>
        <translation>tập dữ liệu: {name}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>trạng thái: {status}</translation>
    </message>
    <message>
        <source>epochs run: {n} of {planned}</source>
        <translation>số epoch đã chạy: {n} trên {planned}</translation>
    </message>
    <message>
        <source>time: {seconds} s</source>
        <translation>thời gian: {seconds} s</translation>
    </message>
    <message>
        <source>parameters: {n}</source>
        <translation>số tham số: {n}</translation>
    </message>
    <message>
        <source>optimizer: {name}, learning rate {rate}, schedule {schedule}</source>
        <translation>bộ tối ưu (optimizer): {name}, tốc độ học (learning rate) {rate}, lịch tốc độ học {schedule}</translation>
    </message>
    <message>
        <source>loss: {loss}, batch size {batch}, validation split {split}, seed {seed}</source>
        <translation>hàm mất mát (loss): {loss}, kích thước lô (batch size) {batch}, phần tách cho kiểm định (validation split) {split}, seed {seed}</translation>
    </message>
    <message>
        <source>steps per execution: {n}</source>
        <translation>số bước mỗi lần thực thi (steps per execution): {n}</translation>
    </message>
    <message>
        <source>final epoch:</source>
        <translation>epoch cuối:</translation>
    </message>
    <message>
        <source>test set:</source>
        <translation>tập kiểm tra (test):</translation>
    </message>
    <message>
        <source>test accuracy: {value}</source>
        <translation>độ chính xác trên tập kiểm tra: {value}</translation>
    </message>
    <message>
        <source>error: {text}</source>
        <translation>lỗi: {text}</translation>
    </message>
    <message>
        <source>model: {file}</source>
        <translation>mô hình: {file}</translation>
    </message>
    <message>
        <source>it uses deskdl&apos;s own layer {names}: to load it with plain Keras, first run the class definitions from the script &apos;deskdl export&apos; writes (they register themselves with Keras), or import deskdl.ml.custom_layers</source>
        <translation>mô hình dùng lớp riêng của deskdl {names}: để mở nó bằng Keras thuần, trước hết hãy chạy các định nghĩa class trong tập lệnh mà &apos;deskdl export&apos; viết ra (chúng tự đăng ký với Keras), hoặc import deskdl.ml.custom_layers</translation>
    </message>
    <message>
        <source>it uses deskdl&apos;s own layers {names}: to load it with plain Keras, first run the class definitions from the script &apos;deskdl export&apos; writes (they register themselves with Keras), or import deskdl.ml.custom_layers</source>
        <translation>mô hình dùng các lớp riêng của deskdl {names}: để mở nó bằng Keras thuần, trước hết hãy chạy các định nghĩa class trong tập lệnh mà &apos;deskdl export&apos; viết ra (chúng tự đăng ký với Keras), hoặc import deskdl.ml.custom_layers</translation>
    </message>
    <message>
        <source>files: {names}</source>
        <translation>các tệp: {names}</translation>
    </message>
</context>
</TS>
