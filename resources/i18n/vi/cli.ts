<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>đối số theo vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện trợ giúp này rồi thoát</translation>
    </message>
    <message>
        <source>{message} (see deskdl --help)</source>
        <translation>{message} (xem deskdl --help)</translation>
    </message>
    <message>
        <source>{text} is not a size: write it as 1280x720</source>
        <translation>{text} không phải là một kích thước: hãy viết dạng 1280x720</translation>
    </message>
    <message>
        <source>{text}: width and height must be 200 to 10000 pixels</source>
        <translation>{text}: chiều rộng và chiều cao phải từ 200 đến 10000 điểm ảnh</translation>
    </message>
    <message>
        <source>Build, train and look inside real Keras models. Without a command, starts the app.</source>
        <translation>Xây dựng, huấn luyện và nhìn vào bên trong những mô hình Keras thật. Không có lệnh nào thì mở ứng dụng.</translation>
    </message>
    <message>
        <source>show deskdl&apos;s version number and exit</source>
        <translation>hiện số phiên bản của deskdl rồi thoát</translation>
    </message>
    <message>
        <source>where TensorFlow computes (default: the saved choice, else the first GPU)</source>
        <translation>nơi TensorFlow tính toán (mặc định: lựa chọn đã lưu, nếu không có thì GPU đầu tiên)</translation>
    </message>
    <message>
        <source>open this project in the app</source>
        <translation>mở dự án này trong ứng dụng</translation>
    </message>
    <message>
        <source>save a PNG of the window and quit</source>
        <translation>lưu ảnh PNG của cửa sổ rồi thoát</translation>
    </message>
    <message>
        <source>start on this tab (e.g. Train)</source>
        <translation>mở ở thẻ này (tên tiếng Anh của thẻ, ví dụ Train)</translation>
    </message>
    <message>
        <source>open this lesson where you left it, or at step STEP (see &apos;deskdl lessons&apos;)</source>
        <translation>mở bài học này ở chỗ bạn dừng lần trước, hoặc ở bước STEP (xem &apos;deskdl lessons&apos;)</translation>
    </message>
    <message>
        <source>start with the lessons browser open</source>
        <translation>mở sẵn danh sách bài học</translation>
    </message>
    <message>
        <source>the window&apos;s size, e.g. 1280x720 (for --screenshot; default 1440x900)</source>
        <translation>kích thước cửa sổ, ví dụ 1280x720 (cho --screenshot; mặc định 1440x900)</translation>
    </message>
    <message>
        <source>colour theme of the app</source>
        <translation>bảng màu của ứng dụng</translation>
    </message>
    <message>
        <source>check that resources, TensorFlow and Qt work, then quit</source>
        <translation>kiểm tra tài nguyên, TensorFlow và Qt có chạy được không, rồi thoát</translation>
    </message>
    <message>
        <source>where TensorFlow computes</source>
        <translation>nơi TensorFlow tính toán</translation>
    </message>
    <message>
        <source>the language of what deskdl prints: en, vi or system (like the app&apos;s --language)</source>
        <translation>ngôn ngữ của những gì deskdl in ra: en, vi hoặc system (như --language của ứng dụng)</translation>
    </message>
    <message>
        <source>print each layer&apos;s output shape and parameter count</source>
        <translation>in kích thước đầu ra (output shape) và số tham số của từng lớp</translation>
    </message>
    <message>
        <source>a .deskdl project</source>
        <translation>một dự án .deskdl</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>in JSON thay cho bảng</translation>
    </message>
    <message>
        <source>write the project as a Keras Python script</source>
        <translation>viết dự án thành một tập lệnh Python dùng Keras</translation>
    </message>
    <message>
        <source>where to write it (default: print it)</source>
        <translation>nơi ghi tập lệnh (mặc định: in ra)</translation>
    </message>
    <message>
        <source>turn a Keras model (.keras file or to_json() config) into a project</source>
        <translation>biến một mô hình Keras (tệp .keras hoặc cấu hình to_json()) thành một dự án</translation>
    </message>
    <message>
        <source>a .keras file or a .json model config</source>
        <translation>một tệp .keras hoặc một cấu hình mô hình .json</translation>
    </message>
    <message>
        <source>where to write the project (default: MODEL with .deskdl)</source>
        <translation>nơi ghi dự án (mặc định: MODEL với đuôi .deskdl)</translation>
    </message>
    <message>
        <source>replace the project file if it exists</source>
        <translation>thay tệp dự án nếu tệp đó đã có</translation>
    </message>
    <message>
        <source>show the CPU and GPUs TensorFlow sees and which one deskdl uses</source>
        <translation>hiện CPU và các GPU mà TensorFlow thấy, và thiết bị deskdl dùng</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>in JSON</translation>
    </message>
    <message>
        <source>train a project without the window</source>
        <translation>huấn luyện một dự án không cần cửa sổ</translation>
    </message>
    <message>
        <source>train this many epochs instead</source>
        <translation>huấn luyện số epoch này thay cho số của dự án</translation>
    </message>
    <message>
        <source>folder for metrics.csv, model.keras and report.txt</source>
        <translation>thư mục cho metrics.csv, model.keras và report.txt</translation>
    </message>
    <message>
        <source>train a project many times, varying settings, and write results.csv</source>
        <translation>huấn luyện một dự án nhiều lần với các thiết lập khác nhau, rồi ghi results.csv</translation>
    </message>
    <message>
        <source>a setting and its values: learning_rate=0.001,0.01 or =log(1e-4,1e-1,4), batch_size=lin(16,64,4), optimizer=Adam,SGD, LAYER.PARAM=... (repeat for more)</source>
        <translation>một thiết lập và các giá trị của nó: learning_rate=0.001,0.01 hoặc =log(1e-4,1e-1,4), batch_size=lin(16,64,4), optimizer=Adam,SGD, LAYER.PARAM=... (lặp lại để thêm thiết lập khác)</translation>
    </message>
    <message>
        <source>N runs at random instead of every combination</source>
        <translation>N lần chạy ngẫu nhiên thay cho mọi tổ hợp</translation>
    </message>
    <message>
        <source>seed of the random search (default 0)</source>
        <translation>seed của tìm kiếm ngẫu nhiên (mặc định 0)</translation>
    </message>
    <message>
        <source>run at most N of the combinations</source>
        <translation>chạy nhiều nhất N tổ hợp</translation>
    </message>
    <message>
        <source>start no run after M minutes</source>
        <translation>không bắt đầu lần chạy nào sau M phút</translation>
    </message>
    <message>
        <source>train each run this many epochs instead</source>
        <translation>huấn luyện mỗi lần chạy số epoch này thay cho số của dự án</translation>
    </message>
    <message>
        <source>folder for results.csv and runs.json</source>
        <translation>thư mục cho results.csv và runs.json</translation>
    </message>
    <message>
        <source>write text with a sequence-generation project&apos;s trained model</source>
        <translation>viết văn bản bằng mô hình đã huấn luyện của một dự án sinh chuỗi</translation>
    </message>
    <message>
        <source>a .deskdl project of kind sequence_generation</source>
        <translation>một dự án .deskdl loại sequence_generation</translation>
    </message>
    <message>
        <source>the text to start from (default: the project&apos;s prime)</source>
        <translation>đoạn văn bản để bắt đầu (mặc định: đoạn mở đầu của dự án)</translation>
    </message>
    <message>
        <source>characters to write (default 400)</source>
        <translation>số ký tự cần viết (mặc định 400)</translation>
    </message>
    <message>
        <source>0 = always the likeliest character, 1 = the model&apos;s own odds (default 0.8)</source>
        <translation>0 = luôn chọn ký tự có xác suất cao nhất, 1 = đúng theo xác suất của mô hình (mặc định 0.8)</translation>
    </message>
    <message>
        <source>random seed of the draws (default 0)</source>
        <translation>seed ngẫu nhiên của các lần rút (mặc định 0)</translation>
    </message>
    <message>
        <source>the trained model (default: FILE&apos;s .trained.keras)</source>
        <translation>mô hình đã huấn luyện (mặc định: tệp .trained.keras của FILE)</translation>
    </message>
    <message>
        <source>list the lessons; with --verify, play each lesson&apos;s solution and check each step</source>
        <translation>liệt kê các bài học; với --verify, chạy lời giải của từng bài và kiểm tra từng bước</translation>
    </message>
    <message>
        <source>only this lesson (its id, e.g. perceptron, or a lesson .toml file)</source>
        <translation>chỉ bài học này (mã của bài, ví dụ perceptron, hoặc một tệp bài học .toml)</translation>
    </message>
    <message>
        <source>do every step&apos;s &apos;show me&apos; (trainings included) and its check; exit 0 only if all pass</source>
        <translation>làm &apos;Làm mẫu&apos; của mọi bước (kể cả các lần huấn luyện) và bước kiểm tra của nó; chỉ thoát với mã 0 khi tất cả đều đạt</translation>
    </message>
    <message>
        <source>a folder of lessons instead of the bundled ones</source>
        <translation>một thư mục bài học thay cho các bài có sẵn</translation>
    </message>
    <message>
        <source>with --verify and one NAME: write the reference solution as a submission bundle</source>
        <translation>với --verify và một NAME: ghi lời giải mẫu thành một gói bài nộp</translation>
    </message>
    <message>
        <source>check learners&apos; submission bundles again and print each step&apos;s result</source>
        <translation>kiểm tra lại các gói bài nộp của người học và in kết quả từng bước</translation>
    </message>
    <message>
        <source>a .deskdl-bundle file</source>
        <translation>một tệp .deskdl-bundle</translation>
    </message>
    <message>
        <source>a folder of lessons for bundles that hold no lesson</source>
        <translation>một thư mục bài học cho các gói bài nộp không chứa bài học</translation>
    </message>
    <message>
        <source>grade against the lesson in this hand-out (.deskdl-lesson), not the bundle&apos;s copy</source>
        <translation>chấm theo bài học trong tài liệu phát (hand-out) này (.deskdl-lesson), không theo bản sao trong gói bài nộp</translation>
    </message>
    <message>
        <source>the app&apos;s language: en, vi or system (default: $DESKDL_LANGUAGE, else the saved choice, else the system&apos;s); English where there is no translation</source>
        <translation>ngôn ngữ của ứng dụng: en, vi hoặc system (mặc định: $DESKDL_LANGUAGE, nếu không có thì lựa chọn đã lưu, nếu không có nữa thì ngôn ngữ của hệ thống); tiếng Anh ở chỗ chưa có bản dịch</translation>
    </message>
    <message>
        <source>deskdl: stopped</source>
        <translation>deskdl: đã dừng</translation>
    </message>
    <message>
        <source>unexpected problem: {text}</source>
        <translation>sự cố ngoài dự kiến: {text}</translation>
    </message>
    <message>
        <source>deskdl: no translation into {language} (there are: {codes}); the app speaks English</source>
        <translation>deskdl: không có bản dịch sang {language} (hiện có: {codes}); ứng dụng dùng tiếng Anh</translation>
    </message>
    <message>
        <source>deskdl: the app cannot start here ({error}); the commands above still work</source>
        <translation>deskdl: ứng dụng không khởi động được ở đây ({error}); các lệnh ở trên vẫn dùng được</translation>
    </message>
    <message>
        <source>Layer (type)</source>
        <translation>Lớp (loại)</translation>
    </message>
    <message>
        <source>Output Shape</source>
        <translation>Kích thước đầu ra</translation>
    </message>
    <message>
        <source>Param #</source>
        <translation>Số tham số</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Nối từ</translation>
    </message>
    <message>
        <source>Model: &quot;{name}&quot;</source>
        <translation>Mô hình: &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Total params: {n}</source>
        <translation>Tổng số tham số: {n}</translation>
    </message>
    <message>
        <source>Trainable params: {n}</source>
        <translation>Tham số huấn luyện được: {n}</translation>
    </message>
    <message>
        <source>Non-trainable params: {n}</source>
        <translation>Tham số không huấn luyện được: {n}</translation>
    </message>
    <message>
        <source>deskdl: wrote {path}</source>
        <translation>deskdl: đã ghi {path}</translation>
    </message>
    <message>
        <source>no such file: check the path</source>
        <translation>không có tệp này: hãy kiểm tra đường dẫn</translation>
    </message>
    <message>
        <source>deskdl imports .keras files and .json model configs (model.to_json()): save the model with model.save(&apos;model.keras&apos;)</source>
        <translation>deskdl nhập tệp .keras và cấu hình mô hình .json (model.to_json()): hãy lưu mô hình bằng model.save(&apos;model.keras&apos;)</translation>
    </message>
    <message>
        <source>this project file already exists and is left as it is: import to another name with -o NEW.deskdl, or replace it with --force</source>
        <translation>tệp dự án này đã có và được giữ nguyên: hãy nhập thành tên khác với -o NEW.deskdl, hoặc thay nó bằng --force</translation>
    </message>
    <message>
        <source>this is a folder: name the project file with -o FILE.deskdl</source>
        <translation>đây là một thư mục: hãy đặt tên tệp dự án bằng -o FILE.deskdl</translation>
    </message>
    <message>
        <source>deskdl: wrote {path} ({n} layers)</source>
        <translation>deskdl: đã ghi {path} ({n} lớp)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>TensorFlow: {version}</source>
        <translation>TensorFlow: {version}</translation>
    </message>
    <message>
        <source>TensorFlow: {version} (with CUDA)</source>
        <translation>TensorFlow: {version} (có CUDA)</translation>
    </message>
    <message>
        <source>TensorFlow: {version} (without CUDA)</source>
        <translation>TensorFlow: {version} (không có CUDA)</translation>
    </message>
    <message>
        <source>CPU: {names}</source>
        <translation>CPU: {names}</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>không có thông tin</translation>
    </message>
    <message>
        <source>GPUs: none that TensorFlow can use</source>
        <translation>GPU: không có GPU nào TensorFlow dùng được</translation>
    </message>
    <message>
        <source>Problem: {text}</source>
        <translation>Vấn đề: {text}</translation>
    </message>
    <message>
        <source>deskdl uses: {device} (asked for {asked}; saved choice {saved})</source>
        <translation>deskdl dùng: {device} (yêu cầu {asked}; lựa chọn đã lưu {saved})</translation>
    </message>
    <message>
        <source>sweeps from the command line are not available here ({error})</source>
        <translation>ở đây không chạy được đợt quét (sweep) từ dòng lệnh ({error})</translation>
    </message>
    <message>
        <source>training from the command line is not available in this build ({error})</source>
        <translation>bản này của deskdl không huấn luyện được từ dòng lệnh ({error})</translation>
    </message>
    <message>
        <source>generating from the command line is not available in this build ({error})</source>
        <translation>bản này của deskdl không sinh được văn bản từ dòng lệnh ({error})</translation>
    </message>
    <message>
        <source>no such folder: name a folder that holds lesson sections</source>
        <translation>không có thư mục này: hãy chỉ một thư mục chứa các phần của bài học</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>there is no lesson called {name} (lessons: {known})</source>
        <translation>không có bài học nào tên {name} (các bài học: {known})</translation>
    </message>
    <message>
        <source>--bundle needs --verify and one lesson NAME: deskdl lessons --verify NAME --bundle FILE</source>
        <translation>--bundle cần --verify và đúng một NAME bài học: deskdl lessons --verify NAME --bundle FILE</translation>
    </message>
    <message>
        <source>1 lesson</source>
        <translation>1 bài học</translation>
    </message>
    <message>
        <source>{n} lessons</source>
        <translation>{n} bài học</translation>
    </message>
    <message>
        <source>{title} ({id}, {count}, about {minutes} min)</source>
        <translation>{title} ({id}, {count}, khoảng {minutes} phút)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>at step {n}</source>
        <translation>đang ở bước {n}</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 bước</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} bước</translation>
    </message>
    <message>
        <source>{steps}, about {minutes} min</source>
        <translation>{steps}, khoảng {minutes} phút</translation>
    </message>
    <message>
        <source>FAIL {problem}</source>
        <translation>KHÔNG ĐẠT {problem}</translation>
    </message>
    <message>
        <source>deskdl: {passed} of {total} lessons pass</source>
        <translation>deskdl: {passed} trên {total} bài học đạt</translation>
    </message>
</context>
</TS>
