"""Getting in: welcome, create, unlock, passphrase and recovery key dialogs."""
