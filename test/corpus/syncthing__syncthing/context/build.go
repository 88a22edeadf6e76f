// Reduced: the package clause and the lines of build.go that run git (no other code kept)
//go:build tools

package main
	bs, err := runError("git", "describe", "--always", "--dirty", "--abbrev=8")
	bs, err = runError("git", "describe", "--always", "--abbrev=0")
	bs, err := runError("git", "branch", "-a", "--contains")
	bs, err := runError("git", "show", "-s", "--format=%ct")
	bs, err := runError("git", "tag", "--sort", "taggerdate")
	hash, err := runError("git", "rev-parse", tag)
	obj, err := runError("git", "cat-file", "-p", string(hash))
