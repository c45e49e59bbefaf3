"""File → Team database…: where the team database is, how to reach it securely, and the buttons
to test, connect, or go back to the local data. Behaviour lives in the presenter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.team_connection import TLS_MODES, ConnectionFields


class FileField(QWidget):
    """A path typed in, or chosen with Browse…."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.edit = QLineEdit()
        self.edit.setAccessibleName(title)
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the file: {what}").format(what=title))
        self.browse.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.title, self.edit.text())
        if name:
            self.edit.setText(name)


class TeamDatabaseDialog(QDialog):
    """The connection form; the presenter reacts to its three requests."""

    test_requested = Signal()
    connect_requested = Signal()
    local_requested = Signal()

    def __init__(self, passfile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team database"))
        intro = QLabel(
            self.tr(
                "Use a shared PostgreSQL database instead of the data file on this computer. "
                "Ask its administrator for these details."
            )
        )
        intro.setWordWrap(True)

        self.host = QLineEdit()
        self.host.setAccessibleName(self.tr("Host"))
        self.host.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port = QLineEdit()
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setPlaceholderText("5432")
        self.port.setValidator(QIntValidator(1, 65535, self))
        self.database = QLineEdit()
        self.database.setAccessibleName(self.tr("Database"))
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User"))
        self.password = QLineEdit()
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from the password file if left empty"))
        self.save_password = QCheckBox(
            self.tr("Save the password in PostgreSQL's password file ({file})").format(
                file=passfile
            )
        )
        self.service = QLineEdit()
        self.service.setAccessibleName(self.tr("Service name"))
        self.service.setPlaceholderText(self.tr("optional: a service in pg_service.conf"))
        server = QFormLayout()
        server.addRow(self.tr("&Host:"), self.host)
        server.addRow(self.tr("&Port:"), self.port)
        server.addRow(self.tr("&Database:"), self.database)
        server.addRow(self.tr("&User:"), self.user)
        server.addRow(self.tr("Pass&word:"), self.password)
        server.addRow("", self.save_password)
        server.addRow(self.tr("or &service:"), self.service)

        self.tls_mode = QComboBox()
        self.tls_mode.setAccessibleName(self.tr("TLS mode"))
        self.tls_mode.addItem(self.tr("Default (prefer)"), "")
        for mode in TLS_MODES:
            self.tls_mode.addItem(mode, mode)
        self.ca_file = FileField(self.tr("CA certificate"))
        self.cert_file = FileField(self.tr("Client certificate"))
        self.key_file = FileField(self.tr("Client key"))
        tls = QFormLayout()
        tls.addRow(self.tr("TLS &mode:"), self.tls_mode)
        tls.addRow(self.tr("&CA certificate:"), self.ca_file)
        tls.addRow(self.tr("Client c&ertificate:"), self.cert_file)
        tls.addRow(self.tr("Client &key:"), self.key_file)
        tls_box = QGroupBox(self.tr("Secure connection (TLS)"))
        tls_box.setLayout(tls)

        self.status = QLabel()
        self.status.setObjectName("connection-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Connection result"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = self.buttons.addButton(
            self.tr("&Test connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.local_button = self.buttons.addButton(
            self.tr("Use &local data"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.connect_button = self.buttons.addButton(
            self.tr("C&onnect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        self.test_button.clicked.connect(self.test_requested)
        self.local_button.clicked.connect(self.local_requested)
        self.connect_button.clicked.connect(self.connect_requested)
        self.buttons.rejected.connect(self.reject)  # "accepted" is left alone: the presenter
        # accepts once the connection has worked

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(server)
        layout.addWidget(tls_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    # --- the presenter's view of the form -------------------------------------------------------

    def set_fields(self, fields: ConnectionFields) -> None:
        """Fill the form."""
        self.host.setText(fields.host)
        self.port.setText(fields.port)
        self.database.setText(fields.dbname)
        self.user.setText(fields.user)
        self.service.setText(fields.service)
        self.tls_mode.setCurrentIndex(max(0, self.tls_mode.findData(fields.sslmode)))
        self.ca_file.edit.setText(fields.sslrootcert)
        self.cert_file.edit.setText(fields.sslcert)
        self.key_file.edit.setText(fields.sslkey)

    def fields(self) -> ConnectionFields:
        """What the form says (without the password)."""
        return ConnectionFields(
            host=self.host.text().strip(),
            port=self.port.text().strip(),
            dbname=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.tls_mode.currentData() or ""),
            sslrootcert=self.ca_file.edit.text().strip(),
            sslcert=self.cert_file.edit.text().strip(),
            sslkey=self.key_file.edit.text().strip(),
            service=self.service.text().strip(),
        )

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while a connection is being tried."""
        for button in (self.test_button, self.connect_button, self.local_button):
            button.setEnabled(not busy)
        if busy:
            self.show_status(self.tr("Connecting…"), ok=None)

    def show_status(self, message: str, *, ok: bool | None) -> None:
        """Show how the last try went (``ok`` None: still trying)."""
        self.status.setText(message)
        self.status.setProperty("outcome", {True: "ok", False: "failed", None: ""}[ok])
