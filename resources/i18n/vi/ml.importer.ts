<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.importer</name>
    <message>
        <source>the model config is not valid JSON ({error} at line {line}, column {column})</source>
        <translation>cấu hình mô hình không phải JSON hợp lệ ({error} ở dòng {line}, cột {column})</translation>
    </message>
    <message>
        <source>export it again with model.to_json()</source>
        <translation>hãy xuất lại nó bằng model.to_json()</translation>
    </message>
    <message>
        <source>this is not a Keras model config (it has no &apos;class_name&apos;)</source>
        <translation>đây không phải cấu hình của một mô hình Keras (nó không có &apos;class_name&apos;)</translation>
    </message>
    <message>
        <source>save the model with model.save(&apos;model.keras&apos;) or model.to_json()</source>
        <translation>hãy lưu mô hình bằng model.save(&apos;model.keras&apos;) hoặc model.to_json()</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: không có tệp này</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>hãy kiểm tra lại đường dẫn</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: không đọc được ({error})</translation>
    </message>
    <message>
        <source>{path}: the archive has no config.json, so it is not a .keras model</source>
        <translation>{path}: tệp nén không có config.json, nên nó không phải một mô hình .keras</translation>
    </message>
    <message>
        <source>save the model with model.save(&apos;model.keras&apos;)</source>
        <translation>hãy lưu mô hình bằng model.save(&apos;model.keras&apos;)</translation>
    </message>
    <message>
        <source>{path}: not a .keras file (a .keras model is a zip archive)</source>
        <translation>{path}: không phải tệp .keras (một mô hình .keras là một tệp nén zip)</translation>
    </message>
    <message>
        <source>save the model with model.save(&apos;model.keras&apos;); old .h5 files must be re-saved in Keras 3</source>
        <translation>hãy lưu mô hình bằng model.save(&apos;model.keras&apos;); các tệp .h5 cũ phải được lưu lại bằng Keras 3</translation>
    </message>
    <message>
        <source>{path}: its config.json is damaged</source>
        <translation>{path}: tệp config.json bên trong bị hỏng</translation>
    </message>
    <message>
        <source>save the model again</source>
        <translation>hãy lưu lại mô hình</translation>
    </message>
    <message>
        <source>{path}: its config.json does not describe a model</source>
        <translation>{path}: tệp config.json bên trong không mô tả một mô hình</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <source>the layer {name} ({cls})</source>
        <translation>lớp {name} ({cls})</translation>
    </message>
    <message>
        <source>{where} is a Python lambda (code stored in the file)</source>
        <translation>{where} là một lambda của Python (mã được lưu trong tệp)</translation>
    </message>
    <message>
        <source>{where} is the custom function {name!r}, which only its author&apos;s code defines</source>
        <translation>{where} là hàm tự viết {name!r}, chỉ mã của tác giả mới định nghĩa nó</translation>
    </message>
    <message>
        <source>{where} comes from the Python module {module!r}, outside Keras</source>
        <translation>{where} đến từ module Python {module!r}, nằm ngoài Keras</translation>
    </message>
    <message>
        <source>{where} is the registered custom object {name!r}, which only its author&apos;s code defines</source>
        <translation>{where} là đối tượng tự viết đã đăng ký {name!r}, chỉ mã của tác giả mới định nghĩa nó</translation>
    </message>
    <message>
        <source>{key} of {where}</source>
        <translation>{key} của {where}</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (và {n} vấn đề khác)</translation>
    </message>
    <message>
        <source>{source}: deskdl does not open this model, because its file asks for code from outside Keras, which a safe load refuses: {problems}{more}</source>
        <translation>{source}: deskdl không mở mô hình này, vì tệp của nó đòi chạy mã từ bên ngoài Keras, điều mà cách tải an toàn từ chối: {problems}{more}</translation>
    </message>
    <message>
        <source>rebuild those parts from Keras&apos;s own layers, activations and initializers (by name, e.g. activation=&apos;relu&apos;), save the model again, and import that file</source>
        <translation>hãy dựng lại những phần đó bằng các lớp, hàm kích hoạt và bộ khởi tạo (initializer) có sẵn của Keras (gọi theo tên, ví dụ activation=&apos;relu&apos;), lưu lại mô hình rồi nhập tệp đó</translation>
    </message>
    <message>
        <source>{source}: the model config is too deeply nested (lists or objects inside each other more than {depth} levels deep); no Keras model needs that</source>
        <translation>{source}: cấu hình mô hình lồng nhau quá sâu (các danh sách hoặc đối tượng nằm trong nhau quá {depth} tầng); không mô hình Keras nào cần như vậy</translation>
    </message>
    <message>
        <source>save the model again with Keras</source>
        <translation>hãy lưu lại mô hình bằng Keras</translation>
    </message>
    <message>
        <source>{cls} lives only inside {module} and deskdl knows no equivalent made of its own layers</source>
        <translation>{cls} chỉ có bên trong {module} và deskdl không biết cách dựng lớp tương đương từ các lớp của mình</translation>
    </message>
    <message>
        <source>CustomScaleLayer&apos;s scale {value!r} is not a number</source>
        <translation>scale {value!r} của CustomScaleLayer không phải là một số</translation>
    </message>
    <message>
        <source>LayerScale&apos;s init_values {value!r} is not a number</source>
        <translation>init_values {value!r} của LayerScale không phải là một số</translation>
    </message>
    <message>
        <source>the operation {cls} (arithmetic on tensors, not a layer) has no deskdl layer that does the same</source>
        <translation>phép toán {cls} (phép tính trên tensor, không phải một lớp) không có lớp deskdl nào làm điều tương tự</translation>
    </message>
    <message>
        <source>the operation {cls} (arithmetic on tensors, not a layer) works on numbers only</source>
        <translation>phép toán {cls} (phép tính trên tensor, không phải một lớp) chỉ làm việc trên các số</translation>
    </message>
    <message>
        <source>the operation {cls} (arithmetic on tensors, not a layer) divides one tensor by another, which no deskdl layer does</source>
        <translation>phép toán {cls} (phép tính trên tensor, không phải một lớp) chia một tensor cho một tensor khác, việc mà không lớp deskdl nào làm</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> và {n} lớp khác</translation>
    </message>
    <message>
        <source>the model contains layers that run Python code stored in the file, which deskdl never opens: {names}{more}</source>
        <translation>mô hình chứa những lớp chạy mã Python lưu trong tệp, thứ mà deskdl không bao giờ mở: {names}{more}</translation>
    </message>
    <message>
        <source>the model contains a whole model used as a layer: {names}{more}</source>
        <translation>mô hình chứa cả một mô hình được dùng như một lớp: {names}{more}</translation>
    </message>
    <message>
        <source>the model uses layers deskdl does not know: {names}{more}</source>
        <translation>mô hình dùng những lớp mà deskdl không biết: {names}{more}</translation>
    </message>
    <message>
        <source>replace each Lambda with a built-in layer (e.g. Rescaling, Activation, Add) and save the model again</source>
        <translation>hãy thay mỗi Lambda bằng một lớp có sẵn (ví dụ Rescaling, Activation, Add) rồi lưu lại mô hình</translation>
    </message>
    <message>
        <source>flatten the inner model into the outer one (call its layers directly) and save again</source>
        <translation>hãy trải mô hình bên trong vào mô hình bên ngoài (gọi trực tiếp các lớp của nó) rồi lưu lại</translation>
    </message>
    <message>
        <source>rebuild those parts with layers from deskdl&apos;s palette, or leave them out</source>
        <translation>hãy dựng lại những phần đó bằng các lớp trong bảng Các lớp của deskdl, hoặc bỏ chúng đi</translation>
    </message>
    <message>
        <source>{path}: Keras cannot open this model: {error}</source>
        <translation>{path}: Keras không mở được mô hình này: {error}</translation>
    </message>
    <message>
        <source>save it again with this version of Keras, or import its model.to_json()</source>
        <translation>hãy lưu lại nó bằng phiên bản Keras này, hoặc nhập model.to_json() của nó</translation>
    </message>
    <message>
        <source>the model config has no &apos;config&apos; object</source>
        <translation>cấu hình mô hình không có đối tượng &apos;config&apos;</translation>
    </message>
    <message>
        <source>a {cls} is a single layer or a custom model class, not a Sequential or functional model</source>
        <translation>{cls} là một lớp đơn lẻ hoặc một lớp mô hình tự viết (custom model class), không phải một mô hình Sequential hay functional</translation>
    </message>
    <message>
        <source>save the whole model (keras.Sequential or keras.Model built from keras.Input)</source>
        <translation>hãy lưu cả mô hình (keras.Sequential, hoặc keras.Model dựng từ keras.Input)</translation>
    </message>
    <message>
        <source>Imported model</source>
        <translation>Mô hình đã nhập</translation>
    </message>
    <message>
        <source>Imported from {file}.</source>
        <translation>Nhập từ {file}.</translation>
    </message>
    <message>
        <source>Not carried over: {notes}</source>
        <translation>Không mang sang được: {notes}</translation>
    </message>
    <message>
        <source>the Sequential model has no input shape, so deskdl cannot work out its layers&apos; sizes</source>
        <translation>mô hình Sequential không có hình dạng đầu vào (input shape), nên deskdl không tính được kích thước các lớp của nó</translation>
    </message>
    <message>
        <source>start it with keras.Input(shape=...) (or build it) before saving</source>
        <translation>hãy bắt đầu nó bằng keras.Input(shape=...) (hoặc build nó) trước khi lưu</translation>
    </message>
    <message>
        <source>the input {name!r} has no shape</source>
        <translation>đầu vào {name!r} không có hình dạng (shape)</translation>
    </message>
    <message>
        <source>the layer {name!r} is not connected to anything</source>
        <translation>lớp {name!r} không được nối với gì cả</translation>
    </message>
    <message>
        <source>the layer {name!r} is used {n} times (shared weights), which a deskdl graph cannot show</source>
        <translation>lớp {name!r} được dùng {n} lần (chung trọng số), điều mà một đồ thị deskdl không thể hiện được</translation>
    </message>
    <message>
        <source>give each use its own layer, or import the model without the shared part</source>
        <translation>hãy cho mỗi lần dùng một lớp riêng, hoặc nhập mô hình mà không có phần dùng chung</translation>
    </message>
    <message>
        <source>the layer {name!r} (CustomScaleLayer) needs 2 inputs, not {n}</source>
        <translation>lớp {name!r} (CustomScaleLayer) cần 2 đầu vào, không phải {n}</translation>
    </message>
    <message>
        <source>the operation {name!r} reads {source!r}, which comes later or is missing</source>
        <translation>phép toán {name!r} đọc {source!r}, thứ đến sau nó hoặc không có</translation>
    </message>
    <message>
        <source>the operation {name!r} ({cls}) divides by a tensor or by zero, which no deskdl layer does</source>
        <translation>phép toán {name!r} ({cls}) chia cho một tensor hoặc cho số không, việc mà không lớp deskdl nào làm</translation>
    </message>
    <message>
        <source>the nested Sequential {name!r} is called on {n} inputs; a Sequential takes one</source>
        <translation>Sequential lồng bên trong {name!r} được gọi với {n} đầu vào; một Sequential chỉ nhận một</translation>
    </message>
    <message>
        <source>the nested model {name!r} has {n} inputs but is called on {called}</source>
        <translation>mô hình lồng bên trong {name!r} có {n} đầu vào nhưng được gọi với {called}</translation>
    </message>
    <message>
        <source>the nested model {name!r} has {n} outputs; deskdl can only inline a nested model with one output</source>
        <translation>mô hình lồng bên trong {name!r} có {n} đầu ra; deskdl chỉ trải được các lớp của một mô hình lồng có một đầu ra</translation>
    </message>
    <message>
        <source>call its layers directly in the outer model and save again</source>
        <translation>hãy gọi trực tiếp các lớp của nó trong mô hình bên ngoài rồi lưu lại</translation>
    </message>
    <message>
        <source>the nested model {name} was frozen (trainable=False); deskdl trains every layer.</source>
        <translation>mô hình lồng bên trong {name} đã bị đóng băng (trainable=False); deskdl huấn luyện mọi lớp.</translation>
    </message>
    <message>
        <source>the layer {name!r} is called with a tensor as {key!r}, which deskdl graphs cannot show</source>
        <translation>lớp {name!r} được gọi với một tensor làm {key!r}, điều mà đồ thị deskdl không thể hiện được</translation>
    </message>
    <message>
        <source>{where} is called with {key}={value!r}, which is dropped.</source>
        <translation>{where} được gọi với {key}={value!r}, thứ bị bỏ đi.</translation>
    </message>
    <message>
        <source>the layer {name!r} reads {source!r}, which comes later or is missing</source>
        <translation>lớp {name!r} đọc {source!r}, thứ đến sau nó hoặc không có</translation>
    </message>
    <message>
        <source>the layer {name!r} reads the second use or second output of {source!r}, which a deskdl graph cannot show</source>
        <translation>lớp {name!r} đọc lần dùng thứ hai hoặc đầu ra thứ hai của {source!r}, điều mà một đồ thị deskdl không thể hiện được</translation>
    </message>
    <message>
        <source>use only the main output of each layer (no return_state, no shared layers)</source>
        <translation>hãy chỉ dùng đầu ra chính của mỗi lớp (không return_state, không dùng chung lớp)</translation>
    </message>
    <message>
        <source>the layer {name!r} has no settings object</source>
        <translation>lớp {name!r} không có đối tượng thiết lập (config)</translation>
    </message>
    <message>
        <source>the layer {name!r} ({cls}) has a setting deskdl cannot take: {problem}</source>
        <translation>lớp {name!r} ({cls}) có một thiết lập deskdl không nhận được: {problem}</translation>
    </message>
    <message>
        <source>change it in Keras and save again</source>
        <translation>hãy đổi nó trong Keras rồi lưu lại</translation>
    </message>
    <message>
        <source>{where} was frozen (trainable=False); deskdl trains every layer.</source>
        <translation>{where} đã bị đóng băng (trainable=False); deskdl huấn luyện mọi lớp.</translation>
    </message>
    <message>
        <source>the layer {name!r} ({cls}) does not say its {setting}</source>
        <translation>lớp {name!r} ({cls}) không cho biết {setting} của nó</translation>
    </message>
    <message>
        <source>save the model again with Keras 3</source>
        <translation>hãy lưu lại mô hình bằng Keras 3</translation>
    </message>
    <message>
        <source>{where}: {setting} {value!r} is not offered by deskdl; it became {fallback!r}.</source>
        <translation>{where}: deskdl không có {setting} {value!r}; nó được đổi thành {fallback!r}.</translation>
    </message>
    <message>
        <source>{where}: {setting} {value} became the symmetric {symmetric!r}.</source>
        <translation>{where}: {setting} {value} được đổi thành giá trị đối xứng {symmetric!r}.</translation>
    </message>
    <message>
        <source>the layer {name!r} ({cls}) uses different {setting} on each side ({value}); deskdl only offers the same amount on both sides</source>
        <translation>lớp {name!r} ({cls}) dùng {setting} khác nhau ở mỗi bên ({value}); deskdl chỉ cho dùng cùng một giá trị ở cả hai bên</translation>
    </message>
    <message>
        <source>use symmetric values in Keras and save again</source>
        <translation>hãy dùng giá trị đối xứng trong Keras rồi lưu lại</translation>
    </message>
    <message>
        <source>the layer {name!r} wraps a {inner}, which deskdl cannot wrap</source>
        <translation>lớp {name!r} bọc một {inner}, thứ mà deskdl không bọc được</translation>
    </message>
    <message>
        <source>{where} (inner {cls})</source>
        <translation>{where} ({cls} bên trong)</translation>
    </message>
    <message>
        <source>{where} computed in {dtype}; deskdl uses float32.</source>
        <translation>{where} tính bằng {dtype}; deskdl dùng float32.</translation>
    </message>
    <message>
        <source>{where} ({cls}): {settings} not kept (deskdl does not offer this setting).</source>
        <translation>{where} ({cls}): {settings} không được giữ lại (deskdl không có thiết lập này).</translation>
    </message>
    <message>
        <source>{where} ({cls}): {settings} not kept (deskdl does not offer these settings).</source>
        <translation>{where} ({cls}): {settings} không được giữ lại (deskdl không có các thiết lập này).</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} và {last}</translation>
    </message>
    <message>
        <source>{names} and {n} more layers</source>
        <translation>{names} và {n} lớp khác</translation>
    </message>
    <message>
        <source>the model config lists no input layers</source>
        <translation>cấu hình mô hình không liệt kê lớp đầu vào nào</translation>
    </message>
    <message>
        <source>the model config lists no output layers</source>
        <translation>cấu hình mô hình không liệt kê lớp đầu ra nào</translation>
    </message>
    <message>
        <source>the model&apos;s input is the second output of {name!r}, which deskdl cannot show</source>
        <translation>đầu vào của mô hình là đầu ra thứ hai của {name!r}, điều mà deskdl không thể hiện được</translation>
    </message>
    <message>
        <source>the model&apos;s output is the second output of {name!r}, which deskdl cannot show</source>
        <translation>đầu ra của mô hình là đầu ra thứ hai của {name!r}, điều mà deskdl không thể hiện được</translation>
    </message>
    <message>
        <source>{where}: the {cls} regularizer is not offered by deskdl and was left out.</source>
        <translation>{where}: deskdl không có bộ chính quy hóa (regularizer) {cls} nên đã bỏ nó đi.</translation>
    </message>
    <message>
        <source>The learning-rate schedule of the file was not kept.</source>
        <translation>Lịch thay đổi tốc độ học (learning rate schedule) của tệp không được giữ lại.</translation>
    </message>
    <message>
        <source>The {optimizer} optimizer is not offered by deskdl; Adam is used.</source>
        <translation>deskdl không có bộ tối ưu (optimizer) {optimizer}; Adam được dùng thay.</translation>
    </message>
    <message>
        <source>The loss {loss!r} is not offered by deskdl.</source>
        <translation>deskdl không có hàm mất mát (loss) {loss!r}.</translation>
    </message>
</context>
</TS>
