// Import list of package main in fs/rc/js of rclone/rclone (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "log"
	_ "mime"
	_ "net/http"
)
