// Import list of package main in librclone of rclone/rclone (the import blocks of its non-test files; no code kept)
package main

import (
	_ "C"
	_ "github.com/rclone/rclone/backend/all"
	_ "github.com/rclone/rclone/cmd/cmount"
	_ "github.com/rclone/rclone/cmd/mount"
	_ "github.com/rclone/rclone/cmd/mount2"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fs/sync"
	_ "github.com/rclone/rclone/lib/plugin"
	_ "github.com/rclone/rclone/librclone/librclone"
	_ "unsafe"
)
