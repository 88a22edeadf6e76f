// Import list of package buildinfo in lib/buildinfo of rclone/rclone (the import blocks of its non-test files; no code kept)
package buildinfo

import (
	_ "github.com/shirou/gopsutil/v4/host"
	_ "golang.org/x/sys/cpu"
	_ "runtime"
	_ "sort"
	_ "strings"
)
