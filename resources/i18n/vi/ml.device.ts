<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.device</name>
    <message>
        <source>compute capability {version}</source>
        <translation>khả năng tính toán (compute capability) {version}</translation>
    </message>
    <message>
        <source>{device} is not a device deskdl knows</source>
        <translation>{device} không phải thiết bị mà deskdl biết</translation>
    </message>
    <message>
        <source>use cpu, gpu:0 (gpu:1, ... for further GPUs) or auto</source>
        <translation>dùng cpu, gpu:0 (gpu:1, ... cho các GPU tiếp theo) hoặc auto</translation>
    </message>
    <message>
        <source>deskdl is using the {label} now; the change to {wanted} takes effect after a restart.</source>
        <translation>deskdl đang dùng {label}; việc đổi sang {wanted} sẽ có hiệu lực sau khi khởi động lại.</translation>
    </message>
    <message>
        <source>{problem}; using the CPU.</source>
        <translation>{problem}; dùng CPU.</translation>
    </message>
    <message>
        <source>Training runs on the CPU, as chosen.</source>
        <translation>Huấn luyện chạy trên CPU, như bạn đã chọn.</translation>
    </message>
    <message>
        <source>There is no GPU {index} that TensorFlow can use, so training runs on the CPU.</source>
        <translation>Không có GPU {index} nào mà TensorFlow dùng được, nên huấn luyện chạy trên CPU.</translation>
    </message>
    <message>
        <source>No GPU that TensorFlow can use was found, so training runs on the CPU.</source>
        <translation>Không tìm thấy GPU nào mà TensorFlow dùng được, nên huấn luyện chạy trên CPU.</translation>
    </message>
    <message>
        <source>There is no GPU {index} (TensorFlow sees {n}: {names}), so training runs on the CPU.</source>
        <translation>Không có GPU {index} (TensorFlow thấy {n}: {names}), nên huấn luyện chạy trên CPU.</translation>
    </message>
    <message>
        <source>TensorFlow had already started, so deskdl could not choose the device; it uses what TensorFlow picked. Restart deskdl to apply your choice.</source>
        <translation>TensorFlow đã khởi động từ trước, nên deskdl không chọn được thiết bị; nó dùng thiết bị TensorFlow đã chọn. Hãy khởi động lại deskdl để áp dụng lựa chọn của bạn.</translation>
    </message>
    <message>
        <source>The GPU could not be set up ({error}), so training runs on the CPU.</source>
        <translation>Không thiết lập được GPU ({error}), nên huấn luyện chạy trên CPU.</translation>
    </message>
    <message>
        <source>NVIDIA GPU not used</source>
        <translation>GPU NVIDIA không được dùng</translation>
    </message>
    <message>
        <source>This computer has an NVIDIA driver ({driver}), but the installed TensorFlow is the CPU-only build, so the GPU is not used. To train on it, install deskdl with its gpu extra, pip install -e &quot;.[gpu]&quot; (TensorFlow with CUDA, about 3 GB), and restart deskdl.</source>
        <translation>Máy này có trình điều khiển NVIDIA ({driver}), nhưng TensorFlow đã cài là bản chỉ dùng CPU, nên GPU không được dùng. Để huấn luyện trên GPU, hãy cài deskdl kèm phần gpu, pip install -e &quot;.[gpu]&quot; (TensorFlow có CUDA, khoảng 3 GB), rồi khởi động lại deskdl.</translation>
    </message>
    <message>
        <source>This computer has an NVIDIA driver ({driver}), but both tensorflow-cpu and tensorflow are installed and the CPU-only files are the ones in use, so the GPU is not used. Run pip uninstall -y tensorflow-cpu, then pip install --force-reinstall &quot;tensorflow[and-cuda]==2.21.*&quot;, and restart deskdl.</source>
        <translation>Máy này có trình điều khiển NVIDIA ({driver}), nhưng cả tensorflow-cpu lẫn tensorflow đều được cài và các tệp chỉ dùng CPU đang được dùng, nên GPU không được dùng. Hãy chạy pip uninstall -y tensorflow-cpu, rồi pip install --force-reinstall &quot;tensorflow[and-cuda]==2.21.*&quot;, và khởi động lại deskdl.</translation>
    </message>
    <message>
        <source>This computer has an NVIDIA driver ({driver}), but this deskdl is its CPU build, so the GPU is not used. To train on it, install deskdl&apos;s GPU build instead (deskdl-gpu-&lt;version&gt;-linux-x86_64.tar.gz; the README&apos;s &apos;CPU or GPU&apos; says how to make it).</source>
        <translation>Máy này có trình điều khiển NVIDIA ({driver}), nhưng deskdl này là bản dành cho CPU, nên GPU không được dùng. Để huấn luyện trên GPU, hãy cài bản GPU của deskdl thay thế (deskdl-gpu-&lt;version&gt;-linux-x86_64.tar.gz; mục &apos;CPU or GPU&apos; trong README nói cách tạo nó).</translation>
    </message>
    <message>
        <source>This computer has an NVIDIA driver ({driver}) and TensorFlow is built with CUDA, but it found no GPU it can use: its CUDA libraries are probably missing (pip install -e &quot;.[gpu]&quot; brings them), or the driver is too old for TensorFlow 2.21 (nvidia-smi shows its version). Restart deskdl afterwards.</source>
        <translation>Máy này có trình điều khiển NVIDIA ({driver}) và TensorFlow được xây dựng với CUDA, nhưng nó không tìm thấy GPU nào dùng được: có lẽ thiếu các thư viện CUDA (pip install -e &quot;.[gpu]&quot; sẽ cài chúng), hoặc trình điều khiển quá cũ so với TensorFlow 2.21 (nvidia-smi cho biết phiên bản của nó). Sau đó hãy khởi động lại deskdl.</translation>
    </message>
</context>
</TS>
