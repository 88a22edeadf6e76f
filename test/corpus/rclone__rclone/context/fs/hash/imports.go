// Import list of package hash in fs/hash of rclone/rclone (the import blocks of its non-test files; no code kept)
package hash

import (
	_ "crypto/md5"
	_ "crypto/sha1"
	_ "crypto/sha256"
	_ "crypto/sha512"
	_ "encoding/base64"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/jzelinskie/whirlpool"
	_ "github.com/zeebo/blake3"
	_ "github.com/zeebo/xxh3"
	_ "hash"
	_ "hash/crc32"
	_ "io"
	_ "strings"
)
