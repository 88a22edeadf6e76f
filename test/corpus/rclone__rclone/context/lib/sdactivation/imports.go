// Import list of package sdactivation in lib/sdactivation of rclone/rclone (the import blocks of its non-test files; no code kept)
package sdactivation

import (
	_ "github.com/coreos/go-systemd/v22/activation"
	_ "net"
)
