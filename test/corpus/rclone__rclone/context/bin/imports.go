// Import list of package main in bin of rclone/rclone (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "flag"
	_ "fmt"
	_ "github.com/coreos/go-semver/semver"
	_ "github.com/quasilyte/go-ruleguard/dsl"
	_ "log"
	_ "os"
	_ "os/exec"
	_ "regexp"
)
