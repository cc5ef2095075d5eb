"""Ordinals as the docs write them (856th, runs of three or more as "a to b")."""

import re


def suffix(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ordn(n):
    return f"{n}{suffix(n)}"


def parse(text):
    found = []
    for a, b in re.findall(r"(\d+)(?:st|nd|rd|th)(?: to (\d+)(?:st|nd|rd|th))?", text):
        found.extend(range(int(a), int(b or a) + 1))
    return found


def render(nums):
    nums = sorted(set(nums))
    out = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(f"{ordn(nums[i])} to {ordn(nums[j])}")
        else:
            out.extend(ordn(n) for n in nums[i : j + 1])
        i = j + 1
    return out
