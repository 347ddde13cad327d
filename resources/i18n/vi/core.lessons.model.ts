<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.lessons.model</name>
    <message>
        <source>the value must be exactly this</source>
        <translation>giá trị phải đúng bằng giá trị này</translation>
    </message>
    <message>
        <source>the value must be one of these</source>
        <translation>giá trị phải là một trong các giá trị này</translation>
    </message>
    <message>
        <source>the value must be at least this</source>
        <translation>giá trị phải ít nhất bằng số này</translation>
    </message>
    <message>
        <source>the value must be at most this</source>
        <translation>giá trị phải nhiều nhất bằng số này</translation>
    </message>
    <message>
        <source>which graph of a project with several (a GAN&apos;s &apos;generator&apos;); default: the first</source>
        <translation>đồ thị nào của một dự án có nhiều đồ thị (&apos;generator&apos; của một GAN); mặc định: đồ thị đầu tiên</translation>
    </message>
    <message>
        <source>which runs count: &apos;step&apos; (made since this step opened, the default) or &apos;any&apos;</source>
        <translation>những lần chạy nào được tính: &apos;step&apos; (chạy từ khi bước này mở, mặc định) hoặc &apos;any&apos;</translation>
    </message>
    <message>
        <source>the Keras layer class, e.g. &apos;Dense&apos; (default: any layer but Input)</source>
        <translation>lớp Keras, ví dụ &apos;Dense&apos; (mặc định: mọi lớp trừ Input)</translation>
    </message>
    <message>
        <source>settings the layer must have, e.g. {activation = &apos;relu&apos;}</source>
        <translation>các thiết lập lớp phải có, ví dụ {activation = &apos;relu&apos;}</translation>
    </message>
    <message>
        <source>the Keras layer class (default: any layer but Input)</source>
        <translation>lớp Keras (mặc định: mọi lớp trừ Input)</translation>
    </message>
    <message>
        <source>settings the counted layers must have</source>
        <translation>các thiết lập mà những lớp được đếm phải có</translation>
    </message>
    <message>
        <source>at least this many</source>
        <translation>ít nhất bằng số này</translation>
    </message>
    <message>
        <source>at most this many</source>
        <translation>nhiều nhất bằng số này</translation>
    </message>
    <message>
        <source>the layer&apos;s id (as in the project file)</source>
        <translation>id của lớp (như trong tệp dự án)</translation>
    </message>
    <message>
        <source>instead of an id: any layer of this Keras class</source>
        <translation>thay cho id: bất kỳ lớp nào thuộc lớp Keras này</translation>
    </message>
    <message>
        <source>the setting&apos;s name, e.g. &apos;units&apos; or &apos;activation&apos;</source>
        <translation>tên thiết lập, ví dụ &apos;units&apos; hoặc &apos;activation&apos;</translation>
    </message>
    <message>
        <source>at least this many parameters</source>
        <translation>ít nhất bằng số tham số này</translation>
    </message>
    <message>
        <source>at most this many parameters</source>
        <translation>nhiều nhất bằng số tham số này</translation>
    </message>
    <message>
        <source>count only this layer&apos;s parameters (its id)</source>
        <translation>chỉ đếm tham số của lớp này (id của nó)</translation>
    </message>
    <message>
        <source>the layer&apos;s id</source>
        <translation>id của lớp</translation>
    </message>
    <message>
        <source>the shape without the batch size, e.g. [26, 26, 8]</source>
        <translation>kích thước không kể kích thước lô (batch size), ví dụ [26, 26, 8]</translation>
    </message>
    <message>
        <source>a list of such shapes</source>
        <translation>một danh sách các kích thước như vậy</translation>
    </message>
    <message>
        <source>the id of the layer whose output is used</source>
        <translation>id của lớp có đầu ra được dùng</translation>
    </message>
    <message>
        <source>instead of src: any layer of this Keras class</source>
        <translation>thay cho src: bất kỳ lớp nào thuộc lớp Keras này</translation>
    </message>
    <message>
        <source>the id of the layer that receives it</source>
        <translation>id của lớp nhận đầu ra đó</translation>
    </message>
    <message>
        <source>instead of dst: any layer of this Keras class</source>
        <translation>thay cho dst: bất kỳ lớp nào thuộc lớp Keras này</translation>
    </message>
    <message>
        <source>a training setting, dots for nested ones: &apos;batch_size&apos;, &apos;optimizer.type&apos;, &apos;optimizer.learning_rate&apos;, &apos;early_stopping.enabled&apos;</source>
        <translation>một thiết lập huấn luyện, dùng dấu chấm cho thiết lập lồng nhau: &apos;batch_size&apos;, &apos;optimizer.type&apos;, &apos;optimizer.learning_rate&apos;, &apos;early_stopping.enabled&apos;</translation>
    </message>
    <message>
        <source>&apos;dataset&apos; or a data setting such as &apos;params.noise&apos;</source>
        <translation>&apos;dataset&apos; hoặc một thiết lập dữ liệu như &apos;params.noise&apos;</translation>
    </message>
    <message>
        <source>a setting of the project&apos;s kind (an agent&apos;s, a GAN&apos;s): &apos;episodes&apos;, &apos;epsilon_end&apos;, &apos;baseline&apos;, ...</source>
        <translation>một thiết lập của loại dự án (của một tác tử, của một GAN): &apos;episodes&apos;, &apos;epsilon_end&apos;, &apos;baseline&apos;, ...</translation>
    </message>
    <message>
        <source>accepted endings (default: finished, early_stopped)</source>
        <translation>các cách kết thúc được chấp nhận (mặc định: finished, early_stopped)</translation>
    </message>
    <message>
        <source>the project kind, e.g. &apos;supervised&apos; or &apos;gan&apos; (default: any)</source>
        <translation>loại dự án, ví dụ &apos;supervised&apos; hoặc &apos;gan&apos; (mặc định: loại nào cũng được)</translation>
    </message>
    <message>
        <source>at least this many epochs were trained</source>
        <translation>đã huấn luyện ít nhất bằng số epoch này</translation>
    </message>
    <message>
        <source>&apos;loss&apos;, &apos;accuracy&apos;, &apos;val_loss&apos;, &apos;val_accuracy&apos;, &apos;test_accuracy&apos;, &apos;test_loss&apos;, ... (test_ reads the test set, the rest the last epoch)</source>
        <translation>&apos;loss&apos;, &apos;accuracy&apos;, &apos;val_loss&apos;, &apos;val_accuracy&apos;, &apos;test_accuracy&apos;, &apos;test_loss&apos;, ... (test_ đọc tập kiểm tra (test), các chỉ số còn lại đọc epoch cuối)</translation>
    </message>
    <message>
        <source>at least this</source>
        <translation>ít nhất bằng số này</translation>
    </message>
    <message>
        <source>at most this</source>
        <translation>nhiều nhất bằng số này</translation>
    </message>
    <message>
        <source>the per-epoch curve: &apos;loss&apos; (default), &apos;val_loss&apos;, &apos;accuracy&apos;, ...</source>
        <translation>đường cong theo từng epoch: &apos;loss&apos; (mặc định), &apos;val_loss&apos;, &apos;accuracy&apos;, ...</translation>
    </message>
    <message>
        <source>how the curve goes</source>
        <translation>đường cong đi như thế nào</translation>
    </message>
    <message>
        <source>how big the rise or fall must be, as a share of the value (default 0.0: any)</source>
        <translation>mức tăng hoặc giảm phải lớn đến đâu, tính theo tỉ lệ của giá trị (mặc định 0.0: bao nhiêu cũng được)</translation>
    </message>
    <message>
        <source>the training setting that differs between the runs, e.g. &apos;optimizer.type&apos;, or &apos;trainable&apos; (the trainable weight count) or &apos;params&apos; (all)</source>
        <translation>thiết lập huấn luyện khác nhau giữa các lần chạy, ví dụ &apos;optimizer.type&apos;, hoặc &apos;trainable&apos; (số trọng số huấn luyện được) hoặc &apos;params&apos; (tất cả)</translation>
    </message>
    <message>
        <source>at least this many different values (default 2)</source>
        <translation>ít nhất bằng số giá trị khác nhau này (mặc định 2)</translation>
    </message>
    <message>
        <source>what the training doctor finds in the newest run</source>
        <translation>điều mà bác sĩ huấn luyện (training doctor) tìm thấy trong lần chạy mới nhất</translation>
    </message>
    <message>
        <source>the layer the finding must name (its id)</source>
        <translation>lớp mà phát hiện đó phải nêu tên (id của nó)</translation>
    </message>
    <message>
        <source>the event&apos;s name (see the list of learner events)</source>
        <translation>tên sự kiện (xem danh sách các sự kiện của người học)</translation>
    </message>
    <message>
        <source>at least this many times (default 1)</source>
        <translation>ít nhất bằng số lần này (mặc định 1)</translation>
    </message>
    <message>
        <source>details the event must have, e.g. {tab = &apos;Data&apos;}</source>
        <translation>các chi tiết sự kiện phải có, ví dụ {tab = &apos;Data&apos;}</translation>
    </message>
    <message>
        <source>the checks</source>
        <translation>các phép kiểm tra</translation>
    </message>
    <message>
        <source>the check</source>
        <translation>phép kiểm tra</translation>
    </message>
    <message>
        <source>what the learner sees as the goal (default: made from the check)</source>
        <translation>điều người học thấy là mục tiêu (mặc định: tạo từ phép kiểm tra)</translation>
    </message>
    <message>
        <source>a template&apos;s file name without .deskdl, e.g. &apos;mlp_2d&apos;</source>
        <translation>tên tệp của một mẫu, không có .deskdl, ví dụ &apos;mlp_2d&apos;</translation>
    </message>
    <message>
        <source>a .deskdl file beside the lesson file</source>
        <translation>một tệp .deskdl nằm cạnh tệp bài học</translation>
    </message>
    <message>
        <source>the Keras layer class, e.g. &apos;Dense&apos;</source>
        <translation>lớp Keras, ví dụ &apos;Dense&apos;</translation>
    </message>
    <message>
        <source>the new layer&apos;s id (default: made from the type)</source>
        <translation>id của lớp mới (mặc định: tạo từ loại lớp)</translation>
    </message>
    <message>
        <source>its settings, e.g. {units = 8, activation = &apos;relu&apos;}</source>
        <translation>các thiết lập của nó, ví dụ {units = 8, activation = &apos;relu&apos;}</translation>
    </message>
    <message>
        <source>the id of the layer that feeds it</source>
        <translation>id của lớp đưa dữ liệu vào nó</translation>
    </message>
    <message>
        <source>the id of the layer it feeds (with after: put it on the link between them)</source>
        <translation>id của lớp mà nó đưa dữ liệu vào (cùng với after: đặt nó trên đường nối giữa hai lớp)</translation>
    </message>
    <message>
        <source>the settings to change, e.g. {activation = &apos;tanh&apos;}</source>
        <translation>các thiết lập cần đổi, ví dụ {activation = &apos;tanh&apos;}</translation>
    </message>
    <message>
        <source>which input of dst (default: the next free one)</source>
        <translation>đầu vào nào của dst (mặc định: đầu vào trống tiếp theo)</translation>
    </message>
    <message>
        <source>the id of the feeding layer</source>
        <translation>id của lớp đưa dữ liệu vào</translation>
    </message>
    <message>
        <source>the id of the receiving layer</source>
        <translation>id của lớp nhận dữ liệu</translation>
    </message>
    <message>
        <source>a training setting, dots for nested ones, e.g. &apos;optimizer.learning_rate&apos;</source>
        <translation>một thiết lập huấn luyện, dùng dấu chấm cho thiết lập lồng nhau, ví dụ &apos;optimizer.learning_rate&apos;</translation>
    </message>
    <message>
        <source>its new value</source>
        <translation>giá trị mới của nó</translation>
    </message>
    <message>
        <source>&apos;dataset&apos; or e.g. &apos;params.noise&apos;</source>
        <translation>&apos;dataset&apos; hoặc ví dụ &apos;params.noise&apos;</translation>
    </message>
    <message>
        <source>a setting of the project&apos;s kind (an agent&apos;s, a GAN&apos;s), e.g. &apos;episodes&apos; or &apos;epsilon_end&apos;</source>
        <translation>một thiết lập của loại dự án (của một tác tử, của một GAN), ví dụ &apos;episodes&apos; hoặc &apos;epsilon_end&apos;</translation>
    </message>
    <message>
        <source>train this many epochs instead of the project&apos;s</source>
        <translation>huấn luyện số epoch này thay cho số epoch của dự án</translation>
    </message>
    <message>
        <source>the event&apos;s name</source>
        <translation>tên sự kiện</translation>
    </message>
    <message>
        <source>its details, e.g. {tab = &apos;Data&apos;}</source>
        <translation>các chi tiết của nó, ví dụ {tab = &apos;Data&apos;}</translation>
    </message>
    <message>
        <source>Build, Data, Train, Evaluate or Inspect</source>
        <translation>Build, Data, Train, Evaluate hoặc Inspect</translation>
    </message>
    <message>
        <source>a control id (see the list of controls)</source>
        <translation>id của một điều khiển (xem danh sách các điều khiển)</translation>
    </message>
</context>
</TS>
