<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.cache</name>
    <message>
        <source>mnist.npz (arrays x_train, y_train, x_test, y_test), or the four MNIST *-idx*-ubyte.gz files</source>
        <translation>tệp mnist.npz (các mảng x_train, y_train, x_test, y_test), hoặc bốn tệp MNIST *-idx*-ubyte.gz</translation>
    </message>
    <message>
        <source>the four Fashion-MNIST files train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz (or one .npz with x_train, y_train, x_test, y_test)</source>
        <translation>bốn tệp Fashion-MNIST train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz (hoặc một tệp .npz có x_train, y_train, x_test, y_test)</translation>
    </message>
    <message>
        <source>cifar-10-python.tar.gz (or one .npz with x_train, y_train, x_test, y_test)</source>
        <translation>tệp cifar-10-python.tar.gz (hoặc một tệp .npz có x_train, y_train, x_test, y_test)</translation>
    </message>
    <message>
        <source>imdb.npz (as Keras downloads it)</source>
        <translation>tệp imdb.npz (đúng như Keras tải về)</translation>
    </message>
    <message>
        <source>{name} is not one of the Keras data sets</source>
        <translation>{name} không phải một tập dữ liệu của Keras</translation>
    </message>
    <message>
        <source>use one of: {names}</source>
        <translation>dùng một trong các tập: {names}</translation>
    </message>
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
        <source>{path} could not be read as a NumPy .npz file ({error})</source>
        <translation>không đọc được {path} như một tệp NumPy .npz ({error})</translation>
    </message>
    <message>
        <source>copy the file again; it may be damaged or incomplete</source>
        <translation>chép lại tệp; có thể nó bị hỏng hoặc chưa đầy đủ</translation>
    </message>
    <message>
        <source>{path} holds {arrays}, not the arrays x_train, y_train, x_test, y_test</source>
        <translation>{path} chứa {arrays}, không phải các mảng x_train, y_train, x_test, y_test</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <source>use the file as Keras downloads it</source>
        <translation>dùng tệp đúng như Keras tải về</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: không có tệp này</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>kiểm tra lại đường dẫn</translation>
    </message>
    <message>
        <source>{title} is imported from one file, not {n}</source>
        <translation>{title} được nhập từ một tệp, không phải {n} tệp</translation>
    </message>
    <message>
        <source>choose {hint}</source>
        <translation>hãy chọn {hint}</translation>
    </message>
    <message>
        <source>{path} is not the CIFAR-10 Python archive (no test_batch inside)</source>
        <translation>{path} không phải tệp nén CIFAR-10 cho Python (bên trong không có test_batch)</translation>
    </message>
    <message>
        <source>use cifar-10-python.tar.gz from https://www.cs.toronto.edu/~kriz/cifar.html</source>
        <translation>dùng tệp cifar-10-python.tar.gz từ https://www.cs.toronto.edu/~kriz/cifar.html</translation>
    </message>
    <message>
        <source>{name} is not a file deskdl can import as {title}</source>
        <translation>{name} không phải tệp mà deskdl có thể nhập làm {title}</translation>
    </message>
    <message>
        <source>{path} could not be read ({error})</source>
        <translation>không đọc được {path} ({error})</translation>
    </message>
    <message>
        <source>copy the file again</source>
        <translation>chép lại tệp</translation>
    </message>
    <message>
        <source>{path} is not an IDX image file</source>
        <translation>{path} không phải tệp ảnh IDX</translation>
    </message>
    <message>
        <source>{path} is not an IDX label file</source>
        <translation>{path} không phải tệp nhãn IDX</translation>
    </message>
    <message>
        <source>use the original MNIST-style *-idx3-ubyte.gz / *-idx1-ubyte.gz files</source>
        <translation>dùng các tệp gốc kiểu MNIST *-idx3-ubyte.gz / *-idx1-ubyte.gz</translation>
    </message>
    <message>
        <source>{path}: {key} holds images of shape {got}, but {dataset} images are {shape}</source>
        <translation>{path}: {key} chứa ảnh có hình dạng (shape) {got}, nhưng ảnh của {dataset} có hình dạng {shape}</translation>
    </message>
    <message>
        <source>choose the {dataset} file</source>
        <translation>chọn tệp của {dataset}</translation>
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
