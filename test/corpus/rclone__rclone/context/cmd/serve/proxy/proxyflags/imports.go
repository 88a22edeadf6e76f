// Import list of package proxyflags in cmd/serve/proxy/proxyflags of rclone/rclone (the import blocks of its non-test files; no code kept)
package proxyflags

import (
	_ "github.com/rclone/rclone/cmd/serve/proxy"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/spf13/pflag"
)
